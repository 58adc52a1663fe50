// The card for one finding: what was found, why it matters (the guideline excerpt and its source)
// and what to do about it. Text goes in as text nodes only: never innerHTML with page text.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ShownFinding } from '../../messaging/analysis.js';
import { t } from '../i18n.js';
import { Popover, type Anchor } from './Popover.js';
import { SeverityBadge } from './SeverityBadge.js';
import { guidelinesOf, ruleTitle } from './finding-text.js';
import { ifTrusted } from './trusted.js';

export interface CardActions {
  apply: (finding: ShownFinding) => void;
  ignoreHere: (finding: ShownFinding) => void;
  ignoreAlways: (finding: ShownFinding) => void;
  close: () => void;
  pointerInside: (inside: boolean) => void;
}

interface Props {
  finding: ShownFinding;
  found: string;
  anchor: Anchor;
  /** Bumped each time the card is asked for, so it comes back on top (see Popover raiseKey). */
  raise?: number;
  /** False: closed, kept hidden while the user types (see kept-panels.ts). */
  shown: boolean;
  notice: string | null;
  actions: CardActions;
}

export function FindingCard({ finding, found, anchor, raise, shown, notice, actions }: Props) {
  const guidelines = guidelinesOf(finding);
  const locale = finding.locale;
  const first = guidelines[0];
  const actionsRef = useRef<HTMLDivElement>(null);
  // A card asked for from the findings list (raise set) takes the keyboard to its first action, so
  // a keyboard or screen-reader user lands where the choices are; a card opened by hover never
  // takes focus from the editor.
  useLayoutEffect(() => {
    if (raise === undefined) return;
    if (shown) actionsRef.current?.querySelector<HTMLElement>('button:not([hidden]), a[href]')?.focus({ preventScroll: true });
  }, [raise]);
  return (
    <Popover
      anchor={anchor}
      label={ruleTitle(finding)}
      class={`card sev-${finding.severity}`}
      onPointerInside={actions.pointerInside}
      onEscape={actions.close}
      raiseKey={raise === undefined ? undefined : String(raise)}
      shown={shown}
    >
      <header>
        <SeverityBadge severity={finding.severity} withLabel />
        <span class="title" lang={locale}>{ruleTitle(finding)}</span>
        <button type="button" class="close" aria-label={t('actionClose')} onClick={actions.close}>×</button>
      </header>
      <div class="found">{found}</div>
      <p class="message" lang={locale}>{finding.message}</p>
      {guidelines.length > 0 ? (
        <div class="why" lang={locale}>
          <strong>{t('whyItMatters')}</strong>
          {guidelines.map((g) => (
            <p key={g.id}>
              <em>{g.title[locale]}</em> — {g.summary[locale]}{' '}
              <a href={g.url} target="_blank" rel="noopener noreferrer">{g.section}</a>
            </p>
          ))}
        </div>
      ) : null}
      <div class="actions" ref={actionsRef}>
        {/* Always there, hidden without a suggestion: the card is reused for the finding's next
            analyses while the user types, and a node removed then would split their Ctrl+Z. */}
        <button type="button" class="primary" data-action="apply" hidden={!finding.suggestion} onClick={ifTrusted(() => actions.apply(finding))}>
          {finding.suggestion ? t('actionApply', finding.suggestion.label) : ''}
        </button>
        <button type="button" data-action="ignore-here" onClick={ifTrusted(() => actions.ignoreHere(finding))}>
          {t('actionIgnoreHere')}
        </button>
        <button type="button" data-action="ignore-always" onClick={ifTrusted(() => actions.ignoreAlways(finding))}>
          {t('actionIgnoreAlways', found)}
        </button>
        {first ? (
          <a href={first.url} target="_blank" rel="noopener noreferrer" data-action="learn-more">
            {t('actionLearnMore')}
          </a>
        ) : null}
      </div>
      {/* A status region present from the card's first render, as live regions must be to be heard;
          empty until an apply fails (and never removed, see above). */}
      <p class="notice" role="status">{notice ?? ''}</p>
    </Popover>
  );
}
