import { makeStyles, tokens } from '@fluentui/react-components';
import { ROLES, type Person } from '../../core';
import { useStrings } from '../i18n/strings';
import { countByRole } from './csv-to-people';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL, margin: 0 },
  item: { display: 'flex', flexDirection: 'column' },
  count: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { margin: 0 },
});

/** How many councillors, officers, political assistants and press contacts the roster holds. */
export function RoleCounts({ people }: { people: ReadonlyArray<Person> }) {
  const t = useStrings();
  const styles = useStyles();
  const counts = countByRole(people);
  return (
    <section aria-labelledby="role-counts-heading">
      <h3 id="role-counts-heading">{t.people.counts}</h3>
      <dl className={styles.list}>
        {ROLES.map((r) => (
          <div key={r} className={styles.item} data-role={r}>
            <dt className={styles.label}>{t.roles[r]}</dt>
            <dd className={styles.count}>{counts[r]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
