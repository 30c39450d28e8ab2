// Demo Intercom 2026 styles for the shadow root of #teammate-app-react (helpdesk-dom-2026.md, Intercom "open
// shadow root" row): document styles do not reach into a shadow root, so everything the stream and the
// composer need, prosemirror-view's own CSS included, is inlined into one <style> inside it. Not real Intercom CSS.
import proseMirrorCss from 'prosemirror-view/style/prosemirror.css?inline';
import resetCss from '../reset.css?inline';
import composerCss from './composer.css?inline';
import controlsCss from './controls.css?inline';
import conversationCss from './conversation-2026.css?inline';
import utilitiesCss from './utilities.css?inline';
import { h } from '../shared/dom';

const SHADOW_CSS = [resetCss, utilitiesCss, proseMirrorCss, controlsCss, composerCss, conversationCss].join('\n');

/** A fresh `<style>` for a new shadow root (text, never parsed as HTML). */
export function shadowStyle(): HTMLStyleElement {
  return h('style', {}, SHADOW_CSS);
}
