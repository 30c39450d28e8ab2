// The demo build: the extension with the local demo helpdesk added to its matches (never shipped), and
// the demo helpdesk site itself. One process, so no shell-specific env syntax is needed.
process.env.STEADYHAND_DEMO = '1';

const { build: buildExtension } = await import('wxt');
const { build: buildSite } = await import('vite');

await buildExtension({});
await buildSite({ configFile: 'demo/vite.config.ts', logLevel: 'warn' });
console.log('Demo build ready: .output/demo/chrome-mv3 (extension) and .output/demo-site (helpdesk pages).');

export {};
