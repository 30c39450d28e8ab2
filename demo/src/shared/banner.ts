// Demo helpdesk controls (modelled on helpdesk-dom.md, not real helpdesk code): the thin banner that says
// plainly this is a local demo, with buttons that drive the conversation.
import { h } from './dom';

export interface DemoAction {
  label: string;
  id: string;
  onClick(): void;
}

export function demoBanner(product: 'Zendesk' | 'Intercom', actions: DemoAction[]): HTMLElement {
  return h(
    'div',
    { class: 'demo-banner', 'data-demo-controls': '', role: 'region', 'aria-label': 'Demo controls' },
    h('span', { class: 'demo-banner__badge' }, 'Demo'),
    h(
      'span',
      { class: 'demo-banner__text' },
      `Demo helpdesk — not a real ${product}. Served locally for Steadyhand demos and tests.`,
    ),
    h(
      'span',
      { class: 'demo-banner__actions' },
      ...actions.map((action) => {
        const button = h(
          'button',
          { type: 'button', class: 'demo-banner__button', 'data-demo-action': action.id },
          action.label,
        );
        button.addEventListener('click', () => action.onClick());
        return button;
      }),
    ),
  );
}

/** Cycles through canned lines so repeated clicks do not send the same text twice in a row. */
export function cycler(lines: readonly string[]): () => string {
  let next = 0;
  return () => {
    const line = lines[next % lines.length] ?? '';
    next += 1;
    return line;
  };
}
