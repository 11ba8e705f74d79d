import { useMemo, useState } from 'react';
import { Combobox, Field, Option, Text } from '@fluentui/react-components';
import type { Directory } from '../../core';
import { searchableRoster, searchRoster } from '../model/recipients';
import { senderFromPerson, type Sender } from '../model/sender';
import { describePerson } from './describe-person';
import type { TeamsStrings } from './teams-strings';

export interface SenderFieldProps {
  directory: Directory;
  sender: Sender | undefined;
  /** True when Teams told us who is signed in: then it is shown, not asked. */
  fromTeams: boolean;
  onChange: (sender: Sender) => void;
  t: TeamsStrings;
}

/**
 * Who is writing. Inside Teams it comes from the sign-in; in a plain browser the
 * user picks themselves from the roster, because the rules depend on their role.
 */
export function SenderField({ directory, sender, fromTeams, onChange, t }: SenderFieldProps) {
  const [query, setQuery] = useState(sender?.person?.name ?? '');
  const roster = useMemo(() => searchableRoster(directory), [directory]);
  const writes = (p: Directory['people'][number]) => !p.isGroup && (p.role === 'councillor' || p.role === 'officer' || p.role === 'political-assistant');
  // With nothing typed (or the chosen name shown), a click or arrow key lists people to pick from, not an empty box.
  const typed = query.trim() !== '' && query !== sender?.person?.name;
  const matches = typed ? searchRoster(roster, query).filter(writes) : roster.map((r) => r.person).filter(writes).slice(0, 50);

  if (fromTeams && sender) {
    const name = sender.person?.name ?? sender.address.email ?? '';
    return (
      <Field label={t.senderLabel} validationState={sender.person ? 'none' : 'warning'} validationMessage={sender.person ? undefined : t.senderUnknown}>
        <Text data-testid="sender">
          {t.senderFromTeams(name)}
          {sender.person ? ` (${describePerson(sender.person, t)})` : ''}
        </Text>
      </Field>
    );
  }

  return (
    <Field label={t.senderLabel} hint={t.senderHint}>
      <Combobox
        freeform
        placeholder={t.senderPlaceholder}
        value={query}
        selectedOptions={sender?.address.email ? [sender.address.email.toLowerCase()] : []}
        onChange={(e) => setQuery(e.target.value)}
        onOptionSelect={(_, data) => {
          const person = matches.find((p) => p.email?.toLowerCase() === data.optionValue);
          if (person) {
            onChange(senderFromPerson(person));
            setQuery(person.name);
          }
        }}
        data-testid="sender-input"
        // The arrow only repeats what a click or Alt+Down on the box does: one Tab stop, not a second unnamed "Open" one.
        expandIcon={{ tabIndex: -1, 'aria-hidden': true, 'aria-label': t.senderLabel }}
      >
        {matches.map((p) => (
          <Option key={p.email} value={(p.email ?? '').toLowerCase()} text={p.name}>
            {`${p.name} (${describePerson(p, t)})`}
          </Option>
        ))}
      </Combobox>
    </Field>
  );
}
