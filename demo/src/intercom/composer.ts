// Demo Intercom reply composer, shared by both page shapes. Modelled on helpdesk-dom.md (rows: .inbox2__composer__container ›
// [data-conversation-reply-composer] › .ProseMirror.embercom-prosemirror-composer-editor[contenteditable][role="textbox"];
// Reply/Note tabs are modeled) and helpdesk-dom-2026.md (toolbar [data-intercom-target="conversation-toolbar"];
// "Composer … now inside the shadow root"): each shape passes its container's attributes, and the page imports
// the styles (prosemirror-view's CSS too) where the composer lives, document or shadow root. A real ProseMirror
// EditorView. Not real Intercom code.
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, Plugin, Selection, type Command } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { h, icon, type Attrs } from '../shared/dom';

export type ComposerMode = 'reply' | 'note';

export interface Composer {
  element: HTMLElement;
  view: EditorView;
  mode(): ComposerMode;
  /** `doc.textBetween(0, size, '\n', '\n')`: blocks and hard breaks as "\n". */
  text(): string;
  clear(): void;
  /** The unsent draft, to keep per conversation or across a remount. */
  draft(): ProseMirrorNode;
  /** Shows `doc` as the draft (an empty one when undefined), with fresh undo history. */
  restoreDraft(doc: ProseMirrorNode | undefined): void;
  /** Unmounts the editor (its container is being thrown away). */
  destroy(): void;
}

export interface ComposerOptions {
  /** The container's attributes: its class (with `ic-composer`, which the styles use) and hooks. */
  container: Attrs;
  onSend(): void;
  /** The draft to start from (a remounted app keeps the one it had). */
  draft?: ProseMirrorNode;
}

const PLACEHOLDER: Record<ComposerMode, string> = {
  reply: 'Reply… Use ⌘K for shortcuts',
  note: 'Write a note… Only your team can see notes',
};

function placeholderPlugin(text: () => string): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const first = state.doc.firstChild;
        if (state.doc.childCount !== 1 || !first?.isTextblock || first.content.size > 0) return null;
        return DecorationSet.create(state.doc, [
          Decoration.node(0, first.nodeSize, { class: 'is-empty', 'data-placeholder': text() }),
        ]);
      },
    },
  });
}

const insertHardBreak: Command = (state, dispatch) => {
  const br = schema.nodes.hard_break;
  if (!br) return false;
  dispatch?.(state.tr.replaceSelectionWith(br.create()).scrollIntoView());
  return true;
};

interface ComposerChrome {
  element: HTMLElement;
  replyTab: HTMLButtonElement;
  noteTab: HTMLButtonElement;
  editorHost: HTMLElement;
  send: HTMLButtonElement;
  sendLabel: HTMLElement;
}

/** The container: Reply/Note tabs, `[data-conversation-reply-composer]` for the editor, tools and Send. */
function composerChrome(container: Attrs): ComposerChrome {
  const tab = (value: ComposerMode, label: string) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': String(value === 'reply'),
        'data-composer-tab': value,
        class: 'inbox2__composer-tab',
      },
      label,
    );
  const replyTab = tab('reply', 'Reply');
  const noteTab = tab('note', 'Note');
  const editorHost = h('div', { 'data-conversation-reply-composer': '', class: 'inbox2__composer' });
  const sendLabel = h('span', { class: 'inbox2__send-label' }, 'Send');
  const send = h(
    'button',
    { type: 'button', 'data-intercom-target': 'composer-send-button', class: 'inbox2__send-button' },
    sendLabel,
    h('kbd', {}, '⌘↵'),
  );
  const tool = (label: string, paths: string[]) =>
    h('button', { type: 'button', class: 'inbox2__composer-tool', 'aria-label': label, title: label }, icon(paths));
  const element = h(
    'div',
    { ...container, 'data-mode': 'reply' },
    h('div', { role: 'tablist', 'aria-label': 'Composer mode', class: 'inbox2__composer-tabs' }, replyTab, noteTab),
    editorHost,
    h(
      'div',
      { class: 'inbox2__composer-footer' },
      tool('Insert emoji', [
        'M14.5 8a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0z',
        'M5.5 9.5s1 1.5 2.5 1.5 2.5-1.5 2.5-1.5',
        'M6 6h.01',
        'M10 6h.01',
      ]),
      tool('Attach file', ['M13 7.5l-5.3 5.3a3.2 3.2 0 0 1-4.5-4.5l5.6-5.6a2.1 2.1 0 0 1 3 3L6.2 11.3']),
      tool('Insert article', ['M3.5 2.5h9v11h-9z', 'M5.5 5.5h5', 'M5.5 8h5', 'M5.5 10.5h3']),
      tool('Macros', ['M9 1.5L3.5 9H8l-1 5.5L12.5 7H8z']),
      h('span', { class: 'inbox2__composer-spacer' }),
      send,
    ),
  );
  return { element, replyTab, noteTab, editorHost, send, sendLabel };
}

function composerPlugins(onSend: () => void, placeholder: () => string): Plugin[] {
  return [
    history(),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo,
      'Shift-Enter': chainCommands(exitCode, insertHardBreak),
      'Mod-Enter': () => {
        onSend();
        return true;
      },
    }),
    keymap(baseKeymap),
    placeholderPlugin(placeholder),
  ];
}

/** Builds the composer inside `parent`; `onSend` runs on the Send button or ⌘/Ctrl+Enter. */
export function createComposer(parent: HTMLElement, options: ComposerOptions): Composer {
  let mode: ComposerMode = 'reply';
  const chrome = composerChrome(options.container);
  parent.appendChild(chrome.element);

  const plugins = composerPlugins(options.onSend, () => PLACEHOLDER[mode]);
  // A fresh state per draft: plugins (and the placeholder's `mode`) always belong to this composer. A restored
  // draft gets the caret at its end, where the agent left off.
  const stateOf = (doc: ProseMirrorNode | undefined) =>
    EditorState.create({ schema, plugins, ...(doc && { doc, selection: Selection.atEnd(doc) }) });
  const view = new EditorView(chrome.editorHost, {
    state: stateOf(options.draft),
    attributes: {
      class: 'embercom-prosemirror-composer-editor',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': 'Reply composer',
    },
  });

  function setMode(value: ComposerMode): void {
    mode = value;
    chrome.element.dataset.mode = value;
    chrome.replyTab.setAttribute('aria-selected', String(value === 'reply'));
    chrome.noteTab.setAttribute('aria-selected', String(value === 'note'));
    chrome.sendLabel.textContent = value === 'note' ? 'Add note' : 'Send';
    view.dispatch(view.state.tr.setMeta('composer-mode', value)); // refresh the placeholder
    view.focus();
  }
  chrome.replyTab.addEventListener('click', () => setMode('reply'));
  chrome.noteTab.addEventListener('click', () => setMode('note'));
  chrome.send.addEventListener('click', () => options.onSend());

  return {
    element: chrome.element,
    view,
    mode: () => mode,
    text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'),
    clear: () => {
      const { doc, tr } = view.state;
      const paragraph = schema.nodes.paragraph?.create();
      if (paragraph) view.dispatch(tr.replaceWith(0, doc.content.size, paragraph));
    },
    draft: () => view.state.doc,
    restoreDraft: (doc) => view.updateState(stateOf(doc)),
    destroy: () => {
      view.destroy();
      chrome.element.remove();
    },
  };
}
