import { useCallback, useEffect, useState } from 'react';
import { Button, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { loadBench, saveBench } from '../bench/bench-storage';
import { BenchPanel } from '../bench/BenchPanel';
import type { BenchMessage } from '../bench/compare-findings';
import { useStrings } from '../i18n/strings';
import { PublishPanel } from '../publish/PublishPanel';
import { RosterPanel } from '../roster/RosterPanel';
import { RulesPanel } from '../rules/RulesPanel';
import { listName, ruleTitle } from '../rules/rule-text';
import { useConsoleState, type ConsoleStateOptions } from '../state/useConsoleState';
import { safeLocalStorage, storedWorkText } from '../state/draft-storage';
import { useLeaveWarning } from '../state/useLeaveWarning';
import { browserDownload } from './download';
import { StatusBar } from './StatusBar';
import { WORK_FILE_NAME } from './ErrorBoundary';

const TABS = ['rules', 'people', 'bench', 'publish'] as const;
type TabName = (typeof TABS)[number];

export interface ConsoleAppProps extends ConsoleStateOptions {
  onToggleLanguage: () => void;
  download?: (fileName: string, text: string) => void;
}

const useStyles = makeStyles({
  page: { maxWidth: '80rem', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}` },
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase600 },
  tabs: { margin: `${tokens.spacingVerticalL} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

function initialTab(): TabName {
  const hash = typeof location !== 'undefined' ? location.hash.replace('#', '') : '';
  return (TABS as readonly string[]).includes(hash) ? (hash as TabName) : 'rules';
}

/** The console's frame: status, language switch, the four parts as tabs. */
export function ConsoleApp({ onToggleLanguage, download = browserDownload, ...options }: ConsoleAppProps) {
  const t = useStrings();
  const styles = useStyles();
  const state = useConsoleState(options);
  const [tab, setTab] = useState<TabName>(initialTab);
  const [benchStorage] = useState(() => options.storage ?? safeLocalStorage());
  const [bench, setBench] = useState<BenchMessage[]>(() => loadBench(benchStorage));
  const [benchSaveFailed, setBenchSaveFailed] = useState(false);
  useEffect(() => setBenchSaveFailed(!saveBench(benchStorage, bench)), [bench, benchStorage]);
  useLeaveWarning(state.unsaved);

  const { draft, published, resolvedDraft, publishedChecker, draftChecker, update } = state;
  const titleOf = useCallback((id: string) => ruleTitle(id, t.lang, draft), [t.lang, draft]);
  const listOf = useCallback((id: string, list: string) => listName(id, list, t.lang), [t.lang]);
  const ready = draft && published && resolvedDraft && publishedChecker && draftChecker;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{t.appTitle}</h1>
          <p>{t.appIntro}</p>
        </div>
        <Button onClick={onToggleLanguage} aria-label={t.switchLanguageLabel} lang={t.lang === 'en' ? 'cy' : 'en'}>
          {t.switchLanguage}
        </Button>
      </header>
      <StatusBar
        published={published}
        changed={state.changed}
        restored={state.restored}
        draftInvalid={state.draftProblems.length > 0}
        restoreDropped={state.restoreDropped}
        saveFailed={state.saveFailed}
        fromOtherTab={state.fromOtherTab}
        onDownloadAsStored={() => {
          const text = storedWorkText(benchStorage);
          if (text !== undefined) download(WORK_FILE_NAME, text);
        }}
      />
      <nav aria-label={t.tabsLabel}>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, d) => {
            setTab(d.value as TabName);
            history.replaceState(null, '', `#${d.value as string}`);
          }}
        >
          {TABS.map((name) => (
            <Tab key={name} id={`tab-${name}`} value={name} aria-controls={`panel-${name}`}>
              {t.tabs[name]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main>
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {!ready ? (
            <Spinner label={t.published.loading} />
          ) : tab === 'rules' ? (
            <RulesPanel draft={draft} problems={state.draftProblems} resolved={resolvedDraft} checker={draftChecker} update={update} />
          ) : tab === 'people' ? (
            <RosterPanel directory={resolvedDraft.directory} update={update} />
          ) : tab === 'bench' ? (
            <BenchPanel messages={bench} setMessages={setBench} saveFailed={benchSaveFailed} published={publishedChecker} edited={draftChecker} titleOf={titleOf} />
          ) : (
            <PublishPanel
              draft={draft}
              draftProblems={state.draftProblems}
              published={published.resolved}
              edited={resolvedDraft}
              titleOf={titleOf}
              listName={listOf}
              changed={state.changed}
              onImport={state.adoptPublished}
              onExported={state.markExported}
              onDiscard={state.discard}
              download={download}
            />
          )}
        </div>
      </main>
    </div>
  );
}
