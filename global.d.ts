// Set by wxt.config.ts (Vite `define`): true only in the demo build that `npm start` and e2e use.
declare const __STEADYHAND_DEMO__: boolean;
