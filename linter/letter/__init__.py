"""The letter model: one typed analysis of who wrote the letter, to whom and how to reach them.

Layer between `linter.analysis` (text, tokens, phones, e-mails, zones) and the rule kinds;
it imports from analysis and model, never from kinds or the engine.
"""
