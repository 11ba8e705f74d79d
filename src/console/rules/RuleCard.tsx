import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { type Finding, type InputProblem, type Lang, type ResolvedRuleConfig, type RuleHeader, type Severity } from '../../core';
import { DEFAULT_PHRASES } from '../../core';
import { ProblemList } from '../common/ProblemList';
import { TextListEditor } from '../common/TextListEditor';
import { useStrings } from '../i18n/strings';
import { RuleOptions } from './RuleOptions';
import { RulePreview } from './RulePreview';
import { SeverityPicker } from './SeverityPicker';
import { phraseText } from './phrase-text';

/** One built-in rule: on/off, severity, the council's wording, its phrase lists and a live preview. */
export interface RuleCardProps {
  header: RuleHeader;
  config: ResolvedRuleConfig;
  findings: ReadonlyArray<Finding>;
  /** The rule's settings as the edited policy states them (may be mid-edit and invalid). */
  rawOptions?: Record<string, unknown>;
  /** Problems the engine found in this rule's part of the policy. */
  problems: ReadonlyArray<InputProblem>;
  onOption: (key: string, value: unknown) => void;
  onEnabled: (enabled: boolean) => void;
  onSeverity: (severity: Severity) => void;
  onWording: (lang: Lang, text: string) => void;
  onPhrases: (list: string, lang: Lang, phrases: string[]) => void;
  onReset: () => void;
}

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  top: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL, alignItems: 'flex-end' },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase500 },
  ground: { color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  lists: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalL },
  listName: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0` },
  preview: { marginTop: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  previewHeading: { fontSize: tokens.fontSizeBase300, margin: 0 },
});

export function RuleCard({ header, config, findings, rawOptions, problems, onOption, onEnabled, onSeverity, onWording, onPhrases, onReset }: RuleCardProps) {
  const t = useStrings();
  const styles = useStyles();
  const lang = t.lang;
  const title = header.title[lang];
  const headingId = `rule-${header.id}`;
  const lists = Object.entries(header.lists as Record<string, { en: string; cy: string }>);
  const defaults = (DEFAULT_PHRASES as Record<string, Record<string, { en: string[]; cy: string[] }>>)[header.id] ?? {};

  return (
    <section className={styles.card} aria-labelledby={headingId} data-rule-id={header.id}>
      <h3 id={headingId} className={styles.heading} tabIndex={-1}>
        {title}
      </h3>
      <div className={styles.top}>
        <Switch checked={config.enabled} label={t.rules.on} aria-label={t.rules.enabledFor(title)} onChange={(_, d) => onEnabled(d.checked)} />
        <SeverityPicker label={t.rules.severityFor(title)} value={config.severity} disabled={!config.enabled} onChange={onSeverity} />
        <RuleOptions ruleTitle={title} values={config.options} raw={rawOptions} onChange={onOption} labels={header.optionLabels} />
      </div>
      {problems.length > 0 && <ProblemList heading={t.ruleProblems} problems={problems} />}
      <p className={styles.ground}>{config.protocolText?.[lang] || header.ground[lang]}</p>
      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader>{t.rules.details}</AccordionHeader>
          <AccordionPanel>
            <h4 className={styles.listName}>{t.rules.wording}</h4>
            <div className={styles.lists}>
              {(['en', 'cy'] as const).map((l) => (
                <Field key={l} label={t.rules.wordingIn(t.langNames[l])} hint={`${t.rules.wordingDefault} ${header.ground[l]}`}>
                  <Textarea value={config.protocolText?.[l] ?? ''} resize="vertical" onChange={(_, d) => onWording(l, d.value)} />
                </Field>
              ))}
            </div>
            {lists.length > 0 && <h4 className={styles.listName}>{t.rules.phraseLists}</h4>}
            {lists.map(([list, description]) => (
              <div key={list}>
                <p>
                  <strong>{description[lang]}</strong>
                </p>
                <div className={styles.lists}>
                  {(['en', 'cy'] as const).map((l) => (
                    <TextListEditor
                      key={l}
                      label={t.phrases.listLabel(description[lang], t.langNames[l])}
                      inputLabel={t.phrases.newPhrase(t.langNames[l])}
                      items={config.phrases[list]?.[l] ?? []}
                      defaults={defaults[list]?.[l] ?? []}
                      validate={(v) => phraseText(v, t)}
                      onChange={(next) => onPhrases(list, l, next)}
                    />
                  ))}
                </div>
              </div>
            ))}
            <p>{t.phrases.syntax}</p>
            <Button onClick={onReset}>{t.rules.reset}</Button>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div className={styles.preview}>
        <h4 className={styles.previewHeading}>{t.rules.preview}</h4>
        <RulePreview enabled={config.enabled} findings={findings} />
      </div>
    </section>
  );
}
