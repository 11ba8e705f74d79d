import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core';
import { SeverityBadge } from '../common/SeverityBadge';
import { useStrings } from '../i18n/strings';
import type { CustomRuleFile } from '../state/policy-file';
import { CustomRuleEditor } from './CustomRuleEditor';
import { RulePreview } from './RulePreview';

/** The council's own phrase rules: listed with a preview each, added, edited and deleted in place. */
export interface CustomRulesSectionProps {
  rules: ReadonlyArray<CustomRuleFile>;
  findingsFor: (ruleId: string) => Finding[];
  onSave: (rule: CustomRuleFile, index?: number) => void;
  onDelete: (index: number) => void;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusLarge, padding: tokens.spacingHorizontalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

export function CustomRulesSection({ rules, findingsFor, onSave, onDelete }: CustomRulesSectionProps) {
  const t = useStrings();
  const styles = useStyles();
  /** Which rule is open in the editor: an index, 'new', or none. */
  const [editing, setEditing] = useState<number | 'new'>();
  const idsExcept = (i?: number) => rules.filter((_, j) => j !== i).map((r) => r.id);
  /** The title in the page's language when the council wrote one; the buttons name the rule as the heading does. */
  const shownTitle = (rule: CustomRuleFile) => (t.lang === 'cy' && rule.title.cy) || rule.title.en;

  return (
    <section aria-labelledby="custom-rules-heading">
      <h2 id="custom-rules-heading">{t.rules.customHeading}</h2>
      <p>{t.rules.customIntro}</p>
      {rules.length === 0 && editing === undefined && <p>{t.rules.customNone}</p>}
      <ul className={styles.list}>
        {rules.map((rule, i) =>
          editing === i ? (
            <li key={rule.id + i}>
              <CustomRuleEditor initial={rule} takenIds={idsExcept(i)} onSave={(r) => (onSave(r, i), setEditing(undefined))} onCancel={() => setEditing(undefined)} />
            </li>
          ) : (
            <li key={rule.id + i} className={styles.item}>
              <h3 className={styles.heading}>
                {shownTitle(rule)} <SeverityBadge severity={rule.severity ?? 'warn'} />
              </h3>
              <RulePreview enabled={rule.enabled !== false} findings={findingsFor(rule.id)} />
              <div className={styles.buttons}>
                <Button aria-label={`${t.rules.customEdit}: ${shownTitle(rule)}`} onClick={() => setEditing(i)}>
                  {t.rules.customEdit}
                </Button>
                <Button aria-label={`${t.rules.customDelete}: ${shownTitle(rule)}`} onClick={() => onDelete(i)}>
                  {t.rules.customDelete}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      {editing === 'new' ? (
        <CustomRuleEditor takenIds={idsExcept()} onSave={(r) => (onSave(r), setEditing(undefined))} onCancel={() => setEditing(undefined)} />
      ) : (
        <Button appearance="primary" onClick={() => setEditing('new')}>
          {t.rules.customAdd}
        </Button>
      )}
    </section>
  );
}
