import { useEffect, useMemo, useState } from 'react';
import { Field, FluentProvider, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { createChecker, type Finding, type Fix, type Lang } from '../../core';
import { FindingsList, LanguageSwitch, langFromLocale } from '../../ui';
import { rememberLang, rememberedLang } from '../../ui/i18n/remembered-lang';
import type { HostSession } from '../host/host-session';
import type { ChatOpened } from '../host/open-chat';
import { fluentThemeFor, type TeamsThemeName } from '../host/theme';
import { applyChatFix, chatMessage, EMPTY_CHAT_DRAFT, fixAppliesToChat, type ChatDraft } from '../model/chat-draft';
import { senderFromPrincipalName, type Sender } from '../model/sender';
import type { LoadedPolicy } from '../policy/load-policy';
import { OpenChatBar } from './OpenChatBar';
import { openReadiness } from './open-readiness';
import { RecipientPicker } from './RecipientPicker';
import { SenderField } from './SenderField';
import { teamsStrings } from './teams-strings';

const useStyles = makeStyles({
  page: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalXL, backgroundColor: tokens.colorNeutralBackground1 },
  main: { maxWidth: '52rem', margin: '0 auto', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  paragraph: { margin: 0 },
  small: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface TeamsTabProps {
  host: HostSession;
  loaded: LoadedPolicy;
  /** The browser's language, used when Teams gives no locale. */
  browserLocale?: string;
}

/** Chat has no Cc and is always sent by the writer: only fixes that mean something in a chat become buttons. */
function chatFindings(findings: Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, fixes: f.fixes.filter(fixAppliesToChat) }));
}

/** The "Check before you send" tab: write, check, fix, then open the chat in Teams with the checked text. */
export function TeamsTab({ host, loaded, browserLocale }: TeamsTabProps) {
  const styles = useStyles();
  const [lang, setLangState] = useState<Lang>(() => rememberedLang('teams') ?? langFromLocale(host.locale ?? browserLocale));
  const setLang = (next: Lang) => {
    setLangState(next);
    rememberLang('teams', next);
  };
  const [themeName, setThemeName] = useState<TeamsThemeName>(host.theme);
  const directory = loaded.policy.directory;
  const [sender, setSender] = useState<Sender | undefined>(() => senderFromPrincipalName(host.userPrincipalName, directory));
  const [draft, setDraft] = useState<ChatDraft>(EMPTY_CHAT_DRAFT);
  const [opened, setOpened] = useState<ChatOpened | undefined>();
  const t = teamsStrings(lang);

  useEffect(() => host.onThemeChange(setThemeName), [host]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.pageTitle} · Protocol Guard`;
  }, [lang, t.pageTitle]);

  const checker = useMemo(() => createChecker(loaded.policy), [loaded.policy]);
  // The engine is synchronous and fast enough for every keystroke.
  const result = useMemo(() => checker.check(chatMessage(sender, draft), { lang }), [checker, sender, draft, lang]);
  const findings = result.ok ? chatFindings(result.findings) : [];
  const decision = result.ok ? result.decision.kind : 'allow';

  function update(next: ChatDraft) {
    setDraft(next);
    setOpened(undefined);
  }

  function chooseSender(next: Sender) {
    setSender(next);
    setOpened(undefined);
  }

  function applyFix(_finding: Finding, fix: Fix) {
    update(applyChatFix(draft, fix));
  }

  const isGroup = draft.recipients.length > 1;

  return (
    // Page styles go on an inner element: Fluent copies the provider's classes onto its popup portals.
    <FluentProvider theme={fluentThemeFor(themeName)} data-theme={themeName}>
      <div className={styles.page}>
        <main className={styles.main}>
          <header className={styles.header}>
            <h1 className={styles.title}>{t.pageTitle}</h1>
            <LanguageSwitch lang={lang} onChange={setLang} />
          </header>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.limitationTitle}</MessageBarTitle> {t.limitation}
            </MessageBarBody>
          </MessageBar>
          <Text as="p" className={styles.paragraph}>
            {t.intro}
          </Text>
          <Text as="p" id="privacy" className={styles.small}>
            {t.privacy} {host.mode === 'standalone' ? t.standalone : ''}{' '}
            {loaded.source.kind === 'published' ? t.policyPublished : t.policySample}
          </Text>

          <SenderField directory={directory} sender={sender} fromTeams={host.mode === 'teams' && !!host.userPrincipalName} onChange={chooseSender} t={t} />
          <RecipientPicker directory={directory} recipients={draft.recipients} onChange={(recipients) => update({ ...draft, recipients })} t={t} />
          {isGroup && (
            <Field label={t.topicLabel} hint={t.topicHint}>
              <Input value={draft.topic} onChange={(_, data) => update({ ...draft, topic: data.value })} />
            </Field>
          )}
          <Field label={t.messageLabel}>
            <Textarea resize="vertical" rows={8} value={draft.body} onChange={(_, data) => update({ ...draft, body: data.value })} data-testid="message-input" />
          </Field>

          <section aria-labelledby="results-heading">
            <h2 id="results-heading" className={styles.sectionTitle}>
              {t.resultsHeading}
            </h2>
            <FindingsList findings={findings} lang={lang} onApplyFix={applyFix} />
          </section>

          <OpenChatBar
            readiness={openReadiness(draft, decision)}
            onOpen={() => host.openChat({ users: draft.recipients.map((r) => r.email), topic: isGroup ? draft.topic : undefined, message: draft.body })}
            opened={opened}
            onOpened={setOpened}
            t={t}
          />
        </main>
      </div>
    </FluentProvider>
  );
}
