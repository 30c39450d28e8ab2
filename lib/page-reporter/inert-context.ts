/**
 * What the build gives WXT's content-script wrapper instead of its `ContentScriptContext` (wxt.config.ts):
 * Steadyhand's content scripts live by `extensionLifetime` (lifetime.ts) and never read the context, whose
 * real one would bring a location watcher and a "script started" handshake that tells the page our
 * extension id, about 0.8 KB gzipped in each content script. The wrapper only constructs it.
 */
export class ContentScriptContext {}
