// Answers the options page with the rule list (ids, categories, titles), so the page can switch
// rules on and off without loading the engine itself.
import { rules } from '../engine/index.js';
import { ext } from '../content/browser-api.js';
import { RULE_CATALOGUE_MESSAGE, type RuleSummary } from '../messaging/rule-catalogue.js';
import { isMessage } from '../messaging/page-status.js';
import { fromExtensionPage } from './sender.js';

export function installRuleCatalogue(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isMessage(message, RULE_CATALOGUE_MESSAGE) || !fromExtensionPage(sender)) return undefined;
    const summaries: RuleSummary[] = rules.map((rule) => ({ id: rule.id, category: rule.category, title: rule.title }));
    sendResponse(summaries);
    return undefined;
  });
}
