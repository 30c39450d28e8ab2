// Demo Zendesk reply composer, modelled on helpdesk-dom.md (rows: editor-view › ticket-rich-text-editor ›
// CKEditor 5 editable [data-test-id="omnicomposer-rich-text-ckeditor"], omnichannel-composer-toolbar ›
// ticket-editor-app-icon-view, omnichannel-channel-switcher-button[data-channel] + menuitem-internal).
// A real CKEditor 5 (DecoupledEditor: it sets `ckeditorInstance` on the editable element). Not real Zendesk code.
import { Bold, DecoupledEditor, Essentials, Italic, List, Paragraph } from 'ckeditor5';
import { h, icon } from '../shared/dom';

export type Channel = 'web' | 'internal';

export interface Composer {
  /** `[data-test-id="editor-view"]`, already placed in the container. */
  element: HTMLElement;
  editor: DecoupledEditor;
  channel(): Channel;
  /** The model's plain text: blocks joined by "\n", soft breaks as "\n". */
  text(): string;
  clear(): void;
}

function modelText(editor: DecoupledEditor): string {
  const root = editor.model.document.getRoot();
  if (!root) return '';
  const blocks: string[] = [];
  for (const block of root.getChildren()) {
    if (!block.is('element')) continue;
    let text = '';
    for (const child of block.getChildren()) {
      if (child.is('$text')) text += child.data;
      else if (child.is('element', 'softBreak')) text += '\n';
    }
    blocks.push(text);
  }
  return blocks.join('\n');
}

function toolButton(label: string, paths: string[], onClick: () => void): HTMLLIElement {
  const button = h('button', { type: 'button', class: 'zd-tool', 'aria-label': label, title: label }, icon(paths));
  // Keep the editor's selection: act on mousedown without taking focus.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', onClick);
  return h('li', {}, button);
}

const CHANNEL_LABEL: Record<Channel, string> = { web: 'Public reply', internal: 'Internal note' };

/** Builds the composer inside `container` (already in the page), then starts CKEditor on its editable. */
export async function createComposer(container: HTMLElement, requesterName: string): Promise<Composer> {
  let channel: Channel = 'web';

  const editable = h('div', {
    'data-test-id': 'omnicomposer-rich-text-ckeditor',
    role: 'textbox',
    'aria-multiline': 'true',
  });
  const switcherLabel = h('span', {}, CHANNEL_LABEL.web);
  const switcher = h(
    'button',
    {
      type: 'button',
      'data-test-id': 'omnichannel-channel-switcher-button',
      'data-channel': 'web',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      class: 'zd-switcher',
    },
    icon(['M2 4.5h12v8H2z', 'M2 4.5l6 4.5 6-4.5']),
    switcherLabel,
    icon('M5 6.5l3 3 3-3', { class: 'zd-switcher__caret' }, 12),
  );
  const menuItem = (value: Channel) => {
    const item = h(
      'li',
      {
        role: 'menuitem',
        tabindex: '-1',
        'data-test-id': `omnichannel-channel-switcher-menuitem-${value}`,
        class: 'zd-menu__item',
      },
      CHANNEL_LABEL[value],
    );
    item.addEventListener('click', () => setChannel(value));
    return item;
  };
  const menu = h('ul', { role: 'menu', class: 'zd-menu', hidden: true }, menuItem('web'), menuItem('internal'));

  const view = h(
    'div',
    { 'data-test-id': 'editor-view', class: 'zd-composer', 'data-mode': 'web' },
    h(
      'div',
      { class: 'zd-composer__head' },
      h('div', { class: 'zd-switcher-wrap' }, switcher, menu),
      h(
        'div',
        { class: 'zd-composer__recipients' },
        h('span', { class: 'zd-composer__to' }, 'To'),
        h('span', { class: 'zd-chip' }, requesterName),
        h('span', { class: 'zd-composer__cc' }, 'CC'),
      ),
    ),
    h('div', { 'data-test-id': 'ticket-rich-text-editor', class: 'zd-composer__editor' }, editable),
  );

  function setChannel(value: Channel): void {
    channel = value;
    switcher.dataset.channel = value;
    switcherLabel.textContent = CHANNEL_LABEL[value];
    view.dataset.mode = value;
    menu.hidden = true;
    switcher.setAttribute('aria-expanded', 'false');
  }
  switcher.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    switcher.setAttribute('aria-expanded', String(!menu.hidden));
  });
  document.addEventListener('click', (event) => {
    if (
      !menu.hidden &&
      event.target instanceof Node &&
      !switcher.contains(event.target) &&
      !menu.contains(event.target)
    ) {
      menu.hidden = true;
      switcher.setAttribute('aria-expanded', 'false');
    }
  });

  container.appendChild(view);
  const editor = await DecoupledEditor.create({
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List],
    root: { element: editable, placeholder: 'Type your reply here', label: 'Public reply composer' },
  });
  const run = (command: string) => () => editor.execute(command);
  const toolbar = h(
    'div',
    { 'data-test-id': 'omnichannel-composer-toolbar', class: 'zd-composer__toolbar' },
    h(
      'ul',
      { 'data-test-id': 'ticket-editor-app-icon-view', class: 'zd-tools' },
      toolButton(
        'Bold',
        ['M4.5 2.5h4a2.75 2.75 0 0 1 0 5.5h-4z', 'M4.5 8h4.75a2.75 2.75 0 0 1 0 5.5H4.5z'],
        run('bold'),
      ),
      toolButton('Italic', ['M6.5 2.5h6', 'M3.5 13.5h6', 'M10 2.5l-4 11'], run('italic')),
      toolButton(
        'Bulleted list',
        ['M6 4h8', 'M6 8h8', 'M6 12h8', 'M2.5 4h.01', 'M2.5 8h.01', 'M2.5 12h.01'],
        run('bulletedList'),
      ),
      toolButton(
        'Attach file',
        ['M13 7.5l-5.3 5.3a3.2 3.2 0 0 1-4.5-4.5l5.6-5.6a2.1 2.1 0 0 1 3 3L6.2 11.3'],
        () => undefined,
      ),
      toolButton(
        'Emoji',
        [
          'M14.5 8a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0z',
          'M5.5 9.5s1 1.5 2.5 1.5 2.5-1.5 2.5-1.5',
          'M6 6h.01',
          'M10 6h.01',
        ],
        () => undefined,
      ),
    ),
  );
  view.appendChild(toolbar);

  return {
    element: view,
    editor,
    channel: () => channel,
    text: () => modelText(editor),
    clear: () => editor.setData(''),
  };
}
