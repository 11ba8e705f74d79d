import { phraseIssue } from '../../core';
import type { Strings } from '../i18n/strings';

/** Why a phrase cannot be added, in the page's language (the engine's issue, worded by the console). */
export function phraseText(phrase: string, t: Strings): string | undefined {
  const issue = phraseIssue(phrase);
  return issue && t.phrases.issue(issue);
}
