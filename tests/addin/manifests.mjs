// Parse both add-in manifests with Microsoft's office-addin-manifest (offline: readManifestFile;
// its `validate` needs Microsoft's web service) and print what Office would read from them.
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(path.join(root, "addin", "package.json"));
const { OfficeAddinManifest } = require("office-addin-manifest");
const out = {};
for (const name of ["manifest.xml", "outlook-manifest.xml"]) {
  const info = await OfficeAddinManifest.readManifestFile(path.join(root, "addin", name));
  out[name] = { id: info.id, displayName: info.displayName, hosts: info.hosts, version: info.version,
    providerName: info.providerName, defaultLocale: info.defaultLocale };
}
console.log(JSON.stringify(out));
