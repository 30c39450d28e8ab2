// npm run release: checks the changelog, builds for Chrome and Firefox, and writes .output/release/: both
// store zips, the source archive Firefox Add-ons asks for, and SHA256SUMS. With a signing key it also packs
// the self-hosted CRX and its update.xml:
//   STEADYHAND_CRX_KEY=/secure/steadyhand.pem STEADYHAND_CRX_BASE_URL=https://intranet.example.com/steadyhand/ npm run release
// `--no-build` zips the builds already in .output/ (the end-to-end tests do, after building them).
import { resolve } from 'node:path';
import { errorText } from '../lib/error-text';
import { type CrxSigning, release } from './release/pipeline';

const OUT_DIR = '.output/release';

/** The CRX signing settings from the environment; a key without its URL (or the reverse) is a mistake. */
function crxSigning(env: NodeJS.ProcessEnv): CrxSigning | null {
  const keyPath = env.STEADYHAND_CRX_KEY;
  const baseUrl = env.STEADYHAND_CRX_BASE_URL;
  if (!keyPath && !baseUrl) return null;
  if (!keyPath || !baseUrl) {
    throw new Error(
      'Set both STEADYHAND_CRX_KEY (the signing key’s path) and STEADYHAND_CRX_BASE_URL (where the CRX will be served), or neither.',
    );
  }
  return { keyPath: resolve(keyPath), baseUrl };
}

try {
  const crx = crxSigning(process.env);
  const result = release({
    root: process.cwd(),
    outDir: resolve(OUT_DIR),
    build: !process.argv.includes('--no-build'),
    crx,
  });
  console.log(`\nSteadyhand ${result.version} (${result.date}) in ${OUT_DIR}/:`);
  for (const { name, size, sha256 } of result.artefacts) {
    console.log(`  ${name.padEnd(34)} ${String(size).padStart(9)} bytes  sha256 ${sha256}`);
  }
  if (result.selfHosted) {
    const { id, updateUrl } = result.selfHosted;
    console.log(
      `\nSelf-hosted extension id ${id}; serve the CRX and update.xml at ${updateUrl.replace(/update\.xml$/, '')}`,
    );
    console.log(`ExtensionInstallForcelist entry: ${id};${updateUrl}`);
  } else {
    console.log('\nNo CRX: set STEADYHAND_CRX_KEY and STEADYHAND_CRX_BASE_URL to pack the self-hosted one.');
  }
} catch (error) {
  console.error(`release: ${errorText(error)}`);
  process.exit(1);
}
