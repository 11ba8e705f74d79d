import { makeStyles, tokens } from '@fluentui/react-components';

export const useFindingStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  cardBlock: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusDangerBorderActive}` },
  cardWarn: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorStatusWarningBorderActive}` },
  cardInfo: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}` },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sectionLabel: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  evidence: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  quote: { fontStyle: 'italic', overflowWrap: 'anywhere' },
  ground: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  byHand: { margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});
