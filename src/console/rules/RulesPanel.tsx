import { useEffect, useMemo, useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, makeStyles, tokens } from '@fluentui/react-components';
import { RULES, type Checker, type Finding, type InputProblem, type ResolvedPolicy, type RuleHeader } from '../../core';
import { DraftFields } from '../common/DraftFields';
import { messageToSimple, simpleToMessage, type SimpleDraft } from '../common/simple-draft';
import { useStrings } from '../i18n/strings';
import { removeCustomRule, resetRule, setRuleOption, setPhrases, setProtocolText, setRuleEnabled, setRuleSeverity, upsertCustomRule } from '../state/policy-edits';
import type { PolicyFile } from '../state/policy-file';
import { SAMPLE_DRAFT } from '../state/sample-draft';
import { CustomRulesSection } from './CustomRulesSection';
import { RuleCard } from './RuleCard';
import { RulesOverview } from './RulesOverview';

/** Every rule in one list, with a shared sample draft that each rule previews against. */
export interface RulesPanelProps {
  draft: PolicyFile;
  /** Problems in the edited policy, shown beside the rule they belong to. */
  problems?: ReadonlyArray<InputProblem>;
  resolved: ResolvedPolicy;
  checker: Checker;
  update: (change: (p: PolicyFile) => PolicyFile) => void;
}

/** A rule's settings with nothing set: its defaults. */
function optionDefaults(header: RuleHeader): Record<string, unknown> {
  const parsed = header.options?.safeParse({});
  return parsed?.success ? (parsed.data as Record<string, unknown>) : {};
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalXXL },
});

export function RulesPanel({ draft, problems = [], resolved, checker, update }: RulesPanelProps) {
  const t = useStrings();
  const styles = useStyles();
  const [sample, setSample] = useState<SimpleDraft>(() => messageToSimple(SAMPLE_DRAFT));

  const findings = useMemo<Finding[]>(() => {
    const result = checker.check(simpleToMessage(sample), { lang: t.lang });
    return result.ok ? result.findings : [];
  }, [checker, sample, t.lang]);
  const findingsFor = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId);
  /** The one rule open for editing; none shows the overview of all of them. */
  const [openRule, setOpenRule] = useState<string>();
  /** Where focus goes after opening or closing a rule, so keyboard users are not dropped at the top. */
  const [focusTarget, setFocusTarget] = useState<string>();
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget, openRule]);
  const open = openRule ? RULES.find((r) => r.header.id === openRule)?.header : undefined;

  return (
    <div>
      <h2>{t.rules.heading}</h2>
      <p>{t.rules.intro}</p>
      <p>{t.severityHelp}</p>
      <Accordion collapsible>
        <AccordionItem value="sample">
          <AccordionHeader>{t.rules.sampleHeading}</AccordionHeader>
          <AccordionPanel>
            <p>{t.rules.sampleIntro}</p>
            <DraftFields value={sample} onChange={setSample} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {open ? (
        <div className={styles.list}>
          <div>
            <Button
              id="rules-back"
              onClick={() => {
                setFocusTarget(`open-rule-${open.id}`);
                setOpenRule(undefined);
              }}
            >
              {t.rules.backToAll}
            </Button>
          </div>
          {[open].map((header) => (
            <RuleCard
              key={header.id}
              header={header}
              config={resolved.rules[header.id]}
              findings={findingsFor(header.id)}
              rawOptions={draft.rules?.[header.id]?.options}
              problems={problems.filter((p) => p.path.startsWith(`rules.${header.id}.`) || p.path === `rules.${header.id}`)}
              onOption={(key, value) => update((p) => setRuleOption(p, header.id, key, value, optionDefaults(header)[key]))}
              onEnabled={(on) => update((p) => setRuleEnabled(p, header.id, on))}
              onSeverity={(s) => update((p) => setRuleSeverity(p, header.id, s, header.defaultSeverity))}
              onWording={(lang, text) => update((p) => setProtocolText(p, header.id, lang, text))}
              onPhrases={(list, lang, phrases) => update((p) => setPhrases(p, header.id, list, lang, phrases, resolved.rules[header.id].phrases[list]))}
              onReset={() => update((p) => resetRule(p, header.id))}
            />
          ))}
        </div>
      ) : (
        <div className={styles.list}>
          <RulesOverview
            resolved={resolved}
            findingsFor={findingsFor}
            onEnabled={(id, on) => update((p) => setRuleEnabled(p, id, on))}
            onOpen={(id) => {
              setFocusTarget(`rule-${id}`);
              setOpenRule(id);
            }}
          />
        </div>
      )}
      {!open && (
      <CustomRulesSection
        rules={draft.customRules ?? []}
        findingsFor={findingsFor}
        onSave={(rule, index) => update((p) => upsertCustomRule(p, rule, index))}
        onDelete={(index) => update((p) => removeCustomRule(p, index))}
      />
      )}
    </div>
  );
}
