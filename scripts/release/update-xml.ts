export interface UpdateEntry {
  /** The extension id (32 letters a–p), as Chromium derives it from the signing key. */
  appId: string;
  version: string;
  /** Where the CRX of that version is served (https). */
  codebase: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The update manifest Chrome polls for a self-hosted extension (the URL an `ExtensionInstallForcelist` entry
 * names after the id): it names the current version and where to download its CRX.
 */
export function updateXml({ appId, version, codebase }: UpdateEntry): string {
  if (!/^[a-p]{32}$/.test(appId)) throw new Error(`${appId} is not an extension id (32 letters a–p).`);
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`${version} is not an extension version.`);
  if (new URL(codebase).protocol !== 'https:') throw new Error(`The CRX must be served over https: ${codebase}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${appId}">
    <updatecheck codebase="${escapeAttribute(codebase)}" version="${version}" />
  </app>
</gupdate>
`;
}
