import { useEffect, useMemo, useState } from 'react';
import { Divider, FluentProvider, Link, Select, Field, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Finding, Fix, Lang } from '../core/types';
import { langFromLocale, reportMailto, type WrongWarningReport } from '../ui';
import { rememberLang, rememberedLang } from '../ui/i18n/remembered-lang';
import { applyFixToMessage } from '../outlook/fixes/apply-fix-to-message';
import { GuardPane } from '../outlook/taskpane/GuardPane';
import { ComposeWindow } from './ComposeWindow';
import { EMPTY_FIELDS, fieldsToMessage, messageToFields, type ComposeFields } from './compose-form-state';
import { PLAYGROUND_STRINGS } from './playground-strings';
import { SAMPLE_CHECKER, SAMPLE_COUNCIL, SAMPLE_DRAFTS, SAMPLE_POLICY } from './sample';
import { SendSimulator } from './SendSimulator';

const useStyles = makeStyles({
  page: { maxWidth: '80rem', margin: '0 auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  h1: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', columnGap: tokens.spacingHorizontalXXL, '@media (max-width: 800px)': { gridTemplateColumns: '1fr' } },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  pane: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  nav: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

/** The playground: a simulated compose window on the sample council, the real pane beside it, and what Send would do. */
export function PlaygroundApp({ initialLang }: { initialLang?: Lang }) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang ?? 'en');
  const [fields, setFields] = useState<ComposeFields>(EMPTY_FIELDS);
  const [example, setExample] = useState('');
  const [reason, setReason] = useState<{ text: string; ruleIds: string[] } | undefined>();
  /** The prepared report: its link, for which rule, on which example. Shown only while both still stand. */
  const [reportLink, setReportLink] = useState<{ href: string; ruleId: string; example: string }>();
  const t = PLAYGROUND_STRINGS[lang];

  const message = useMemo(() => fieldsToMessage(fields), [fields]);
  const result = useMemo(() => SAMPLE_CHECKER.check(message, { lang }), [message, lang]);
  const findings: Finding[] = result.ok ? result.findings : [];
  const decision = result.ok ? result.decision : { kind: 'allow' as const, ruleIds: [] };
  const draftText = result.ok ? result.draft.body : message.body;

  function setLang(next: Lang) {
    setLangState(next);
    rememberLang('playground', next);
  }
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = PLAYGROUND_STRINGS[lang].pageTitle;
  }, [lang]);
  const reportHref = reportLink && reportLink.example === example && findings.some((f) => f.ruleId === reportLink.ruleId) ? reportLink.href : undefined;

  async function applyFix(_finding: Finding, fix: Fix) {
    const next = applyFixToMessage(message, fix, draftText);
    if (!next) throw new Error(t.fixNotHere);
    setFields(messageToFields(next));
  }

  function report(r: WrongWarningReport) {
    const href = reportMailto(r, SAMPLE_POLICY.monitoringOfficer?.email ?? SAMPLE_COUNCIL.people.find((p) => p.jobTitle === 'Monitoring Officer')?.email, lang);
    setReportLink({ href, ruleId: r.ruleId, example });
  }

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} lang={lang}>
        <h1 className={styles.h1}>{t.pageTitle}</h1>
        <p style={{ margin: 0 }}>{t.intro}</p>
        <p style={{ margin: 0 }}>
          {t.council}: <strong>{SAMPLE_COUNCIL.organisation}</strong>. {t.offline}
        </p>
        <nav aria-label={t.nav} className={styles.nav}>
          <Link href="teams.html">{t.teamsLink}</Link>
          <Link href="console.html">{t.consoleLink}</Link>
        </nav>
        <Divider />
        <div className={styles.columns}>
          <section className={styles.column} aria-labelledby="compose-heading">
            <h2 id="compose-heading" className={styles.h2}>
              {t.compose}
            </h2>
            <Field label={t.example}>
              <Select
                value={example}
                onChange={(_, d) => {
                  setExample(d.value);
                  const draft = SAMPLE_DRAFTS.find((x) => x.id === d.value);
                  setFields(draft ? messageToFields({ ...draft.message, to: draft.message.to }) : EMPTY_FIELDS);
                  setReason(undefined);
                  setReportLink(undefined);
                }}
              >
                <option value="">{t.exampleNone}</option>
                {SAMPLE_DRAFTS.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.label[lang]}
                  </option>
                ))}
              </Select>
            </Field>
            <ComposeWindow fields={fields} lang={lang} onChange={setFields} />
            <SendSimulator decision={decision} findings={findings} lang={lang} recordedReason={reason?.text} recordedRuleIds={reason?.ruleIds ?? []} />
          </section>
          <section className={styles.column} aria-label="Protocol Guard">
            <div className={styles.pane}>
              <GuardPane
                lang={lang}
                onLangChange={setLang}
                findings={findings}
                decision={decision.kind}
                onApplyFix={applyFix}
                canApplyFix={(fix) => fix.kind !== 'send-from-officer'}
                draftKey={example}
                recordedReason={reason?.text}
                onRecordReason={(text) => setReason({ text, ruleIds: decision.ruleIds })}
                onReport={report}
              />
              {reportHref && (
                <p style={{ padding: '0 12px 12px' }}>
                  <Link href={reportHref}>{t.reportLink}</Link>
                </p>
              )}
            </div>
          </section>
        </div>
      </main>
    </FluentProvider>
  );
}

/** ?lang= first (a shared link), then the user's last choice, then the browser's language. */
export function initialLang(): Lang {
  const fromQuery = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') : null;
  if (fromQuery === 'cy' || fromQuery === 'en') return fromQuery;
  return rememberedLang('playground') ?? langFromLocale(typeof navigator !== 'undefined' ? navigator.language : undefined);
}
