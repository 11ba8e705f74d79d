import { useId } from 'react';
import { Label, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/types';
import { uiStrings } from '../i18n/strings';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface LanguageSwitchProps {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

/** English / Cymraeg. Each option is labelled in its own language (the label has `lang` set for screen readers). */
export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const labelId = useId();
  const t = uiStrings(lang);
  return (
    <div className={styles.root}>
      <Label id={labelId}>{t.language}</Label>
      <RadioGroup
        layout="horizontal"
        aria-labelledby={labelId}
        value={lang}
        onChange={(_, data) => onChange(data.value === 'cy' ? 'cy' : 'en')}
      >
        <Radio value="en" label={<span lang="en">{t.languageNames.en}</span>} />
        <Radio value="cy" label={<span lang="cy">{t.languageNames.cy}</span>} />
      </RadioGroup>
    </div>
  );
}
