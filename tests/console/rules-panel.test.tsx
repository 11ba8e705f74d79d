/** @jest-environment jsdom */
import './jsdom-polyfills';
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parsePolicy, RULES } from '../../src/core';
import { RulesPanel } from '../../src/console/rules/RulesPanel';
import type { PolicyFile } from '../../src/console/state/policy-file';
import { PolicyHolder, Providers, resolve, SAMPLE_POLICY } from './harness';

// Eleven rule cards in jsdom, re-rendered on every keystroke: slow under jsdom, quick in a browser.
jest.setTimeout(60000);

function setup(lang: 'en' | 'cy' = 'en') {
  let latest: PolicyFile = SAMPLE_POLICY;
  render(
    <Providers lang={lang}>
      <PolicyHolder
        initial={SAMPLE_POLICY}
        seen={(p) => (latest = p)}
        render={({ draft, resolved, checker, update }) => <RulesPanel draft={draft} resolved={resolved} checker={checker} update={update} />}
      />
    </Providers>,
  );
  return { latest: () => latest };
}

function card(ruleId: string): HTMLElement {
  return document.querySelector(`section[data-rule-id="${ruleId}"]`) as HTMLElement;
}

/** The overview lists every rule; one is opened to edit it. */
async function openRule(user: ReturnType<typeof userEvent.setup>, ruleId: string) {
  const title = RULES.find((r) => r.header.id === ruleId)!.header.title.en;
  await user.click(screen.getByRole('button', { name: `Edit ${title}` }));
  return card(ruleId);
}

describe('RulesPanel', () => {
  it('shows every rule at a glance (name, on/off, severity, what it flags in the sample), then opens one to edit', async () => {
    const user = userEvent.setup({ delay: null });
    setup();
    const rows = document.querySelectorAll('[data-testid="rules-overview"] tbody tr');
    expect(rows).toHaveLength(RULES.length);
    for (const { header } of RULES) {
      const row = document.querySelector(`tr[data-rule-id="${header.id}"]`) as HTMLElement;
      expect(row).toHaveTextContent(header.title.en);
      expect(within(row).getByRole('switch', { name: `${header.title.en} is on` })).toBeChecked();
      expect(within(row).getByTestId('rule-sample')).toHaveTextContent(/Flags/);
    }
    expect(within(document.querySelector('tr[data-rule-id="obligation-in-councillor-name"]') as HTMLElement).getByTestId('rule-sample')).toHaveTextContent('Flags 1 thing');
    const silent = await openRule(user, 'silent-copy');
    // The heading is the rule's name alone: no code-font id.
    expect(within(silent).getByRole('heading', { level: 3 })).toHaveTextContent(/^Silent copy to a councillor$/);
    expect(silent.querySelector('code')).toBeNull();
    expect(document.activeElement).toBe(within(silent).getByRole('heading', { level: 3 }));
    await user.click(screen.getByRole('button', { name: 'Back to all rules' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Silent copy to a councillor' }));
  });

  it('changes severity and switches a rule off', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    await openRule(user, 'silent-copy');
    const group = screen.getByRole('radiogroup', { name: 'Severity for Silent copy to a councillor' });
    await user.click(within(group).getByRole('radio', { name: 'Block' }));
    expect(latest().rules?.['silent-copy']).toEqual({ severity: 'block' });
    await user.click(screen.getByRole('button', { name: 'Back to all rules' }));
    await user.click(screen.getByRole('switch', { name: 'Disagreement taken to the press is on' }));
    expect(latest().rules?.['media-dispute']).toEqual({ enabled: false });
    expect(within(document.querySelector('tr[data-rule-id="media-dispute"]') as HTMLElement).getByTestId('rule-sample')).toHaveTextContent('Off');
    expect(within(await openRule(user, 'media-dispute')).getByText(/This rule is off/)).toBeInTheDocument();
  });

  it('previews what a rule flags in the sample draft, and updates when a phrase is removed', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    const obligation = await openRule(user, 'obligation-in-councillor-name');
    expect(within(obligation).getByText(/Flags 1 thing/)).toBeInTheDocument();
    await user.click(within(obligation).getByRole('button', { name: 'Wording and phrases' }));
    const removeButtons = within(obligation).getAllByRole('button', { name: /^Remove “accept/ });
    for (const b of removeButtons) await user.click(b);
    expect(JSON.stringify(latest().rules?.['obligation-in-councillor-name'])).toContain('phrases');
    expect(within(obligation).getByText(/default phrases? taken out/)).toBeInTheDocument();
  });

  it('refuses an invalid phrase with the reason, and adds a good one in Welsh', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    const partisan = await openRule(user, 'partisan-request');
    await user.click(within(partisan).getByRole('button', { name: 'Wording and phrases' }));
    const welshInputs = within(partisan).getAllByRole('textbox', { name: 'New phrase (Welsh)' });
    await user.type(welshInputs[0], '* taflen');
    await user.click(within(welshInputs[0].closest('fieldset') as HTMLElement).getByRole('button', { name: 'Add' }));
    expect(within(partisan).getByText(/Not added: .*wildcard/)).toBeInTheDocument();
    await user.clear(welshInputs[0]);
    await user.type(welshInputs[0], 'pamffled etholiad{Enter}');
    expect(JSON.stringify(latest().rules?.['partisan-request'])).toContain('pamffled etholiad');
  });

  it('edits a rule’s own settings, and shows a value the engine refuses beside the rule', async () => {
    const user = userEvent.setup({ delay: null });
    let latest: PolicyFile = SAMPLE_POLICY;
    render(
      <Providers>
        <PolicyHolder
          initial={SAMPLE_POLICY}
          seen={(p) => (latest = p)}
          render={({ draft, checker, update }) => {
            const parsed = parsePolicy(draft);
            const resolved = parsed.ok ? parsed.value : resolve(SAMPLE_POLICY);
            return <RulesPanel draft={draft} problems={parsed.ok ? [] : parsed.problems} resolved={resolved} checker={checker} update={update} />;
          }}
        />
      </Providers>,
    );
    await openRule(user, 'partisan-request');
    const restricted = screen.getByRole('radiogroup', { name: /politically restricted officer is asked/ });
    await user.click(within(restricted).getByRole('radio', { name: 'Warn' }));
    expect(latest.rules?.['partisan-request']?.options).toEqual({ restrictedSeverity: 'warn' });
    await user.click(screen.getByRole('button', { name: 'Back to all rules' }));
    await openRule(user, 'bullying-language');
    const shouting = within(card('bullying-language')).getByRole('spinbutton');
    await user.clear(shouting);
    await user.type(shouting, '25{Enter}');
    expect(latest.rules?.['bullying-language']?.options).toEqual({ shoutingMinWords: 25 });
    expect(within(card('bullying-language')).getByRole('alert')).toHaveTextContent('rules.bullying-language.options.shoutingMinWords');
  });

  it('sets the council’s own wording', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    const silent = await openRule(user, 'silent-copy');
    await user.click(within(silent).getByRole('button', { name: 'Wording and phrases' }));
    await user.type(within(silent).getByRole('textbox', { name: /Protocol wording \(English\)/ }), 'Paragraph 7.3');
    expect(latest().rules?.['silent-copy']?.protocolText).toEqual({ en: 'Paragraph 7.3' });
  });

  it('creates a custom phrase rule, refusing a bad id first', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup();
    await user.click(screen.getByRole('button', { name: 'Add a rule of your own' }));
    await user.type(screen.getByRole('textbox', { name: /Rule id/ }), 'Bad Id');
    await user.type(screen.getByRole('textbox', { name: /Title \(English\)/ }), 'Lobbying');
    await user.type(screen.getByRole('textbox', { name: /What the sender is told \(English\)/ }), 'Planning officers decide on the facts.');
    const phraseInput = screen.getAllByRole('textbox', { name: 'New phrase (English)' }).at(-1)!;
    await user.type(phraseInput, 'Catrin{Enter}');
    await user.click(within(screen.getByRole('group', { name: /sent in the name of/ })).getByRole('checkbox', { name: 'Councillor' }));
    await user.click(screen.getByRole('button', { name: 'Save rule' }));
    const id = screen.getByRole('textbox', { name: /Rule id/ });
    // Said beside the id box, read out with it, and the box has focus.
    expect(id).toHaveAccessibleDescription('Use lower-case letters and digits, with hyphens between the words, like planning-lobbying (no spaces or capitals).');
    expect(document.activeElement).toBe(id);
    expect(screen.getByTestId('custom-rule-summary')).toHaveTextContent('This rule cannot be saved yet: 1 field needs changing (marked above).');
    expect(latest().customRules ?? []).toHaveLength(0);
    await user.clear(id);
    await user.type(id, 'planning-lobbying');
    await user.click(screen.getByRole('button', { name: 'Save rule' }));
    expect(latest().customRules).toEqual([
      expect.objectContaining({ id: 'planning-lobbying', senderRoles: ['councillor'], phrases: { en: ['Catrin'], cy: [] } }),
    ]);
    // The sample draft names Catrin, so the new rule's preview flags it.
    const item = screen.getByRole('heading', { name: /Lobbying/ }).closest('li') as HTMLElement;
    expect(within(item).getByText(/Flags 1 thing/)).toBeInTheDocument();
  });

  it('says in Welsh, beside each field, what a new rule still needs; no browser bubble in its own language', async () => {
    const user = userEvent.setup({ delay: null });
    const { latest } = setup('cy');
    await user.click(screen.getByRole('button', { name: 'Ychwanegu rheol eich hun' }));
    const form = screen.getByRole('button', { name: 'Cadw’r rheol' }).closest('form') as HTMLFormElement;
    expect(form.noValidate).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Cadw’r rheol' }));
    const id = screen.getByRole('textbox', { name: /Dynodydd y rheol/ });
    expect(id).toHaveAccessibleDescription('Rhowch ddynodydd i’r rheol: geiriau llythrennau bach wedi’u cysylltu â chysylltnodau, fel planning-lobbying.');
    expect(screen.getByRole('textbox', { name: /Teitl \(Saesneg\)/ })).toHaveAccessibleDescription('Rhowch deitl Saesneg i’r rheol (mae’r un Cymraeg yn ddewisol).');
    expect(screen.getByRole('textbox', { name: /Beth a ddywedir wrth yr anfonwr \(Saesneg\)/ })).toHaveAccessibleDescription(/^Dywedwch, yn Saesneg,/);
    expect(screen.getByTestId('custom-rule-summary')).toHaveTextContent('mae angen newid 3 o feysydd (wedi’u marcio uchod)');
    expect(document.activeElement).toBe(id);
    // A built-in rule's id is refused in Welsh too, and the message follows the typing.
    await user.type(id, 'silent-copy');
    expect(id).toHaveAccessibleDescription('Mae gan reol adeiledig y dynodydd hwn yn barod; dewiswch un arall.');
    expect(latest().customRules ?? []).toHaveLength(0);
    // A phrase that cannot be used is refused in Welsh, never the engine's English.
    const phrase = screen.getAllByRole('textbox', { name: 'Ymadrodd newydd (Saesneg)' }).at(-1)!;
    await user.type(phrase, '... rhywbeth{Enter}');
    expect(phrase).toHaveAccessibleDescription('Heb ei ychwanegu: ni all “... rhywbeth” ddechrau â nod arbennig (*, # neu …).');
  });
});
