// Categories and rules on or off. A category the organisation locks is shown on, disabled, with
// the reason. The rule list comes from the background (the engine is loaded there, not here).
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../engine/types.js';
import { ext } from '../content/browser-api.js';
import { t, uiLanguage } from '../i18n/translate.js';
import { RULE_CATALOGUE_MESSAGE, type RuleSummary } from '../messaging/rule-catalogue.js';
import { CATEGORY_LABEL } from '../pages/labels.js';
import { isLockedOn } from '../settings/policy.js';
import type { SectionProps } from './section-props.js';

function useRuleCatalogue(): RuleSummary[] | null {
  const [rules, setRules] = useState<RuleSummary[] | null>(null);
  useEffect(() => {
    ext.runtime.sendMessage({ type: RULE_CATALOGUE_MESSAGE }).then(
      (answer: unknown) => setRules(Array.isArray(answer) ? (answer as RuleSummary[]) : []),
      () => setRules([]),
    );
  }, []);
  return rules;
}

export function RulesSection({ loaded, save }: SectionProps) {
  const { effective } = loaded;
  const { user } = effective;
  const rules = useRuleCatalogue();
  const language = uiLanguage();
  const organisation = effective.policy.organizationName;
  const lockNote = organisation ? t('lockedByNamed', organisation) : t('lockedBy');

  const setCategory = (category: Category, on: boolean): Promise<void> =>
    save((s) => {
      s.disabledCategories = on ? s.disabledCategories.filter((c) => c !== category) : [...s.disabledCategories, category];
    });
  const setRule = (id: string, on: boolean): Promise<void> =>
    save((s) => {
      s.disabledRules = on ? s.disabledRules.filter((r) => r !== id) : [...s.disabledRules, id];
    });

  return (
    <section id="rules" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('optionsRulesTitle')}</h2>
      <p>{t('optionsRulesIntro')}</p>
      {CATEGORIES.map((category) => {
        const locked = isLockedOn(effective, category);
        const on = locked || !user.disabledCategories.includes(category);
        const inCategory = (rules ?? []).filter((r) => r.category === category);
        const noteId = `category-${category}-lock`;
        return (
          <fieldset key={category} data-category={category}>
            <legend>{t(CATEGORY_LABEL[category])}</legend>
            <label>
              <input type="checkbox" checked={on} disabled={locked} aria-describedby={locked ? noteId : undefined}
                onChange={(e) => void setCategory(category, e.currentTarget.checked)} />
              {' '}{t('optionsCategoryOn')}
            </label>
            {locked ? <p id={noteId} class="muted lock">{lockNote}</p> : null}
            {inCategory.length > 0 ? (
              <details>
                <summary>{t('optionsRulesIn', inCategory.length)}</summary>
                <div class="rules">
                  {inCategory.map((rule) => (
                    <label key={rule.id} data-rule={rule.id}>
                      <input type="checkbox" checked={on && (locked || !user.disabledRules.includes(rule.id))} disabled={locked || !on}
                        onChange={(e) => void setRule(rule.id, e.currentTarget.checked)} />
                      {' '}<span lang={language}>{rule.title[language]}</span>
                    </label>
                  ))}
                </div>
              </details>
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}
