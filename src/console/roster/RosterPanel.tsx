import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { Directory, Person } from '../../core';
import { TextListEditor } from '../common/TextListEditor';
import { useStrings } from '../i18n/strings';
import { setDirectory } from '../state/policy-edits';
import type { PolicyFile } from '../state/policy-file';
import { CsvImport } from './CsvImport';
import { PeopleTable } from './PeopleTable';
import { RoleCounts } from './RoleCounts';

/** The roster: the council's name and domains, counts by role, CSV import, and the people themselves. */
export interface RosterPanelProps {
  directory: Directory;
  update: (change: (p: PolicyFile) => PolicyFile) => void;
}

const DOMAIN = /^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

const useStyles = makeStyles({
  domains: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalL },
  section: { marginBottom: tokens.spacingVerticalXXL },
});

export function RosterPanel({ directory, update }: RosterPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const change = (patch: Partial<Directory>) => update((p) => setDirectory(p, { ...directory, ...patch }));
  const domainProblem = (v: string) => (DOMAIN.test(v) ? undefined : t.people.domainProblem);
  const lists = [
    ['internalDomains', t.people.internalDomains],
    ['pressDomains', t.people.pressDomains],
    ['personalDomains', t.people.personalDomains],
  ] as const;

  const takePeople = (people: Person[]) => change({ people });

  return (
    <div>
      <h2>{t.people.heading}</h2>
      <p>{t.people.intro}</p>
      <div className={styles.section}>
        <Field label={t.people.organisation}>
          <Input value={directory.organisation} onChange={(_, d) => change({ organisation: d.value })} />
        </Field>
      </div>
      <div className={`${styles.domains} ${styles.section}`}>
        {lists.map(([key, label]) => (
          <TextListEditor
            key={key}
            label={label}
            inputLabel={t.people.domainLabel(label)}
            items={directory[key]}
            validate={domainProblem}
            onChange={(items) => change({ [key]: items.map((d) => d.toLowerCase()) })}
          />
        ))}
      </div>
      <div className={styles.section}>
        <RoleCounts people={directory.people} />
      </div>
      <div className={styles.section}>
        <CsvImport existing={directory.people} onTake={takePeople} />
      </div>
      <PeopleTable people={directory.people} onChange={(people) => change({ people })} />
    </div>
  );
}
