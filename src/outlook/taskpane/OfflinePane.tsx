import { useEffect, useMemo, useState } from 'react';
import { Field, FluentProvider, Link, MessageBar, MessageBarBody, Select, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { FindingsList, LanguageSwitch } from '../../ui';
import { rememberLang } from '../../ui/i18n/remembered-lang';
import { SAMPLE_CHECKER, SAMPLE_COUNCIL, SAMPLE_DRAFTS } from '../../playground/sample';
import { PANE_STRINGS } from './pane-strings';

const useStyles = makeStyles({
  page: { maxWidth: '40rem', margin: '0 auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', rowGap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  quote: { whiteSpace: 'pre-wrap', margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
});

/**
 * The task pane opened outside Outlook (a browser, or offline, when Office.js cannot load):
 * instead of a dead end, it says why in the reader's language and shows the pane at work on
 * the sample council's drafts, all on this computer. Loaded on demand, so Outlook never pays for it.
 */
export function OfflinePane({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [draftId, setDraftId] = useState(SAMPLE_DRAFTS[0].id);
  const t = PANE_STRINGS[lang];
  const draft = SAMPLE_DRAFTS.find((d) => d.id === draftId) ?? SAMPLE_DRAFTS[0];
  const result = useMemo(() => SAMPLE_CHECKER.check(draft.message, { lang }), [draft, lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.offlineTitle} · Protocol Guard`;
  }, [lang, t.offlineTitle]);

  const setLang = (next: Lang) => {
    setLangState(next);
    rememberLang('taskpane', next);
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.page} lang={lang}>
        <div className={styles.top}>
          <h1 className={styles.title}>{t.title}</h1>
          <LanguageSwitch lang={lang} onChange={setLang} />
        </div>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t.notInOutlook} <Link href="playground.html">{t.openPlayground}</Link>
          </MessageBarBody>
        </MessageBar>
        <h2 className={styles.title}>{t.offlineTitle}</h2>
        <p style={{ margin: 0 }}>{t.offlineIntro(SAMPLE_COUNCIL.organisation)}</p>
        <Field label={t.offlineDraft}>
          <Select value={draftId} onChange={(_, d) => setDraftId(d.value)}>
            {SAMPLE_DRAFTS.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <p className={styles.quote} data-testid="offline-draft">
          {draft.message.body}
        </p>
        <FindingsList findings={result.ok ? result.findings : []} lang={lang} />
      </main>
    </FluentProvider>
  );
}
