// Styles of the shadow root. `:host { all: initial }` keeps the page's CSS out; sizes are in px
// because the page's root font size is not ours to rely on.
import { SEVERITY_ORDER, SEVERITY_STYLE, underlineCss } from '../render/severity.js';

const perSeverity = SEVERITY_ORDER.map((s) => {
  const { color } = SEVERITY_STYLE[s];
  return `
.mirror .sev-${s} { ${underlineCss(s)} }
.typing-underlines .sev-${s} { ${underlineCss(s)} }
.rect-overlay .sev-${s} { border-bottom: ${s === 'high' ? '3px solid' : s === 'medium' ? '3px double' : '2px dotted'} ${color}; }
.badge.sev-${s} { color: #fff; background: ${color}; }
`;
}).join('');

export const uiCss = `
:host { all: initial; }
.layer, .app { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; }
.mirror { position: absolute; left: 0; top: 0; color: transparent; overflow: hidden; pointer-events: none; margin: 0; background: transparent; }
.rect-overlay { position: absolute; left: 0; top: 0; pointer-events: none; }
.rect-overlay .underline { position: absolute; left: 0; top: 0; box-sizing: border-box; }
.typing-underlines { position: absolute; left: 0; top: 0; pointer-events: none; }
.typing-underlines .underline { position: absolute; left: 0; top: 0; overflow-x: clip; overflow-y: visible; white-space: pre; line-height: normal; color: transparent; }
${perSeverity}
* { box-sizing: border-box; }
.panel, .pill, dialog { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; }
.pill { position: absolute; display: inline-flex; gap: 6px; align-items: center; padding: 2px 8px; border-radius: 12px;
  border: 1px solid #8a8a8a; background: #fff; cursor: pointer; white-space: nowrap; font-size: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.pill:focus-visible, .panel button:focus-visible, .panel a:focus-visible, dialog button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
.pill .mode { font-weight: 600; }
.pill [data-text]::after { content: attr(data-text); }
.count { display: inline-flex; align-items: center; gap: 2px; }
.pill [hidden] { display: none; }
.badge { display: inline-flex; align-items: center; justify-content: center; min-width: 16px; height: 16px; padding: 0 3px;
  font-size: 11px; font-weight: 700; line-height: 1; }
.badge.sev-high { border-radius: 2px; }
.badge.sev-medium { clip-path: polygon(50% 0, 100% 100%, 0 100%); min-width: 18px; padding-top: 4px; }
.badge.sev-tip { border-radius: 50%; font-style: italic; font-family: Georgia, serif; }
.panel { position: fixed; inset: auto; margin: 0; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  padding: 12px 14px; border: 1px solid #8a8a8a; border-radius: 8px; background: #fff; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.panel h2, dialog h2 { font-size: 15px; margin: 0 0 8px; }
.panel header { display: flex; gap: 8px; align-items: center; margin-bottom: 6px; }
.panel header .title { flex: 1; font-weight: 600; }
.found { margin: 4px 0 8px; font-family: ui-monospace, monospace; background: #f3f3f3; padding: 2px 6px; border-radius: 4px; word-break: break-word; }
.why { margin: 8px 0; font-size: 13px; }
.why a { color: #1a5fb4; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.actions button, .actions a, dialog button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #6b6b6b;
  background: #fff; color: #1b1b1b; cursor: pointer; text-decoration: none; }
.actions button.primary, dialog button.primary { background: #1a5fb4; border-color: #1a5fb4; color: #fff; }
.notice { margin-top: 8px; font-size: 13px; color: #b3261e; }
.notice:empty { margin: 0; }
.list { list-style: none; margin: 0; padding: 0; }
.list button { display: flex; gap: 8px; width: 100%; text-align: left; align-items: flex-start; padding: 6px; border: 0; border-radius: 6px; background: none;
  font: inherit; cursor: pointer; color: inherit; }
.list button:hover, .list button:focus-visible { background: #eef3fb; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; color: inherit; }
dialog { max-width: min(460px, calc(100vw - 24px)); border: 2px solid #b3261e; border-radius: 10px; padding: 16px 18px; }
dialog::backdrop { background: rgba(0,0,0,.35); }
dialog ul { padding-left: 18px; margin: 8px 0; }
dialog li { margin: 4px 0; }
@media (prefers-color-scheme: dark) {
  .panel, .pill, dialog { background: #1f1f1f; color: #eee; border-color: #777; }
  .actions button, .actions a, dialog button { background: #2a2a2a; color: #eee; }
  .found { background: #333; }
  .why a { color: #8ab4f8; }
}
`;
