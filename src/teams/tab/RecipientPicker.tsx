import { useMemo, useState } from 'react';
import { Field, Tag, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption } from '@fluentui/react-components';
import type { Directory } from '../../core';
import { looksLikeAddress, recipientFromAddress, recipientFromPerson, searchableRoster, searchRoster, type ChatRecipient } from '../model/recipients';
import { describePerson } from './describe-person';
import type { TeamsStrings } from './teams-strings';

export interface RecipientPickerProps {
  directory: Directory;
  recipients: ChatRecipient[];
  onChange: (recipients: ChatRecipient[]) => void;
  t: TeamsStrings;
}

const NO_MATCHES = '__no-matches__';

/**
 * Who the chat is with: search the roster by name (or post), or type a full address,
 * which is offered as an option of its own. Chosen people show as tags; selecting
 * a tag removes it.
 */
export function RecipientPicker({ directory, recipients, onChange, t }: RecipientPickerProps) {
  const [query, setQuery] = useState('');
  const roster = useMemo(() => searchableRoster(directory), [directory]);
  const chosen = new Set(recipients.map((r) => r.email.toLowerCase()));
  const matches = searchRoster(roster, query).filter((p) => !chosen.has((p.email ?? '').toLowerCase()));
  const typed = query.trim();
  const offerTyped = looksLikeAddress(typed) && !chosen.has(typed.toLowerCase()) && !matches.some((p) => p.email?.toLowerCase() === typed.toLowerCase());

  function select(value: string) {
    if (value === NO_MATCHES) return;
    const existing = recipients.find((r) => r.email.toLowerCase() === value);
    if (existing) {
      onChange(recipients.filter((r) => r !== existing));
      return;
    }
    const person = matches.find((p) => p.email?.toLowerCase() === value);
    const added = person ? recipientFromPerson(person) : recipientFromAddress(value, directory);
    if (added) onChange([...recipients, added]);
    setQuery('');
  }

  return (
    <Field label={t.recipientsLabel} hint={t.recipientsHint}>
      <TagPicker
        selectedOptions={recipients.map((r) => r.email.toLowerCase())}
        onOptionSelect={(_, data) => select(data.value)}
        size="large"
        noPopover={query.trim() === ''}
      >
        <TagPickerControl>
          <TagPickerGroup aria-label={t.selectedRecipients}>
            {recipients.map((r) => (
              <Tag key={r.email.toLowerCase()} value={r.email.toLowerCase()} shape="rounded" secondaryText={r.name ? r.email : undefined}>
                {r.name ?? r.email}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput placeholder={t.recipientsPlaceholder} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="recipient-input" />
        </TagPickerControl>
        <TagPickerList>
          {offerTyped && (
            <TagPickerOption value={typed.toLowerCase()} text={typed}>
              {t.addAddress(typed)}
            </TagPickerOption>
          )}
          {matches.map((p) => (
            <TagPickerOption key={p.email} value={(p.email ?? '').toLowerCase()} text={p.name} secondaryContent={describePerson(p, t)}>
              {p.name}
            </TagPickerOption>
          ))}
          {!offerTyped && matches.length === 0 && (
            <TagPickerOption value={NO_MATCHES} text={t.noMatches}>
              {t.noMatches}
            </TagPickerOption>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
