// Demo helpdesk control surface (pages modelled on helpdesk-dom.md and helpdesk-dom-2026.md, not real
// helpdesk code): what people, the e2e tests and the benchmarks use to drive the demo pages. Never part of a
// real helpdesk, never read by the extension.

export interface SteadyhandDemo {
  /** Which demo page this is. */
  readonly helpdesk: 'zendesk' | 'intercom';
  /** True once the page and its composer editor are mounted (also `body[data-demo-ready="true"]`). */
  ready: boolean;
  /** Resolves when `ready` turns true. */
  readonly whenReady: Promise<void>;
  /** Appends a customer message to the ACTIVE conversation, like the existing ones (text, never HTML). */
  appendCustomerMessage(text: string): void;
  /** How many times the agent/teammate submitted the composer (Submit / Send). */
  submitCount: number;
  /** The composer editor's own model text: paragraphs (and soft/hard breaks) joined with "\n". */
  editorText(): string;
  /** The active ticket / conversation id. */
  activeId(): string;
}

export interface ZendeskDemo extends SteadyhandDemo {
  readonly helpdesk: 'zendesk';
  /** CKEditor's `editor.getData()` of the active ticket's composer (HTML string). */
  editorData(): string;
  /** Switches the visible ticket like the Agent Workspace SPA (header tab click does the same). */
  switchTicket(id: string | number): void;
  /**
   * Clicks the active ticket's "Show more" button (`convolog-show-more-button`): its older comments are
   * inserted at the top of the log and the button goes. Throws when the active ticket has no such button.
   */
  showMore(): void;
}

/** The Intercom 2026 page (`/intercom/a/inbox/<app>/inbox/conversation/<id>`): the app in a shadow root. */
export interface IntercomDemo extends SteadyhandDemo {
  readonly helpdesk: 'intercom';
  /**
   * Opens another conversation like the Inbox SPA (a list click does the same): pushes
   * `/intercom/a/inbox/<app>/inbox/conversation/<id>` and renders a new stream in place of the old one.
   */
  switchConversation(id: string | number): void;
  /**
   * Resolves when every part of the shown conversation is in the DOM (a `?parts=N` conversation pages in
   * 25 rows a task). A switch or a remount starts a new render, so read it again after either.
   */
  readonly whenLoaded: Promise<void>;
  /** Replaces `#teammate-app-react` with a new host (a new shadow root) showing the same conversation. */
  remountApp(): void;
}

/** The light-DOM Intercom page (app segment `legacy`): no app host, so nothing to remount. */
export type IntercomLegacyDemo = Omit<IntercomDemo, 'remountApp'>;

type Installed = Omit<SteadyhandDemo, 'ready' | 'whenReady' | 'submitCount'>;

/** Puts the API on `window.steadyhandDemo`; returns it plus a function that marks it ready. */
export function installDemoApi<T extends Installed>(
  methods: T,
): { api: T & Pick<SteadyhandDemo, 'ready' | 'whenReady' | 'submitCount'>; markReady(): void } {
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const api = Object.assign(methods, { ready: false, whenReady, submitCount: 0 });
  (window as unknown as { steadyhandDemo: typeof api }).steadyhandDemo = api;
  return {
    api,
    markReady() {
      api.ready = true;
      document.body.dataset.demoReady = 'true';
      resolveReady();
    },
  };
}

/** Throws a clear TypeError for a non-string message (the API is called from tests and the console). */
export function requireText(text: unknown): string {
  if (typeof text !== 'string')
    throw new TypeError('steadyhandDemo.appendCustomerMessage(text): text must be a string');
  return text;
}
