import { screen } from '@testing-library/react';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { openStepper, typeUnits } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

const mock = setupMockServer();

// Basic's add-on allows 0 to 10 units.
const increase = () => screen.getByRole('button', { name: 'Increase units' });
const decrease = () => screen.getByRole('button', { name: 'Decrease units' });
const review = () => screen.getByRole('button', { name: 'Review' });
const RANGE_MESSAGE = 'Enter a whole number from 0 to 10.';

describe('the units stepper bounds', () => {
  it('disables Decrease units at the minimum and Increase units at the maximum', async () => {
    mock.use({ subscription: basicSubscription({ addOns: [basicCreditsAddOn({ units: 1, maxUnits: 3 })] }) });
    const { user } = renderPanel();
    const field = await openStepper(user);
    expect(field).toHaveAttribute('aria-valuemin', '0');
    expect(field).toHaveAttribute('aria-valuemax', '3');

    await user.click(decrease());
    expect(field).toHaveValue('0');
    expect(decrease()).toBeDisabled();
    expect(increase()).toBeEnabled();

    await user.click(increase());
    await user.click(increase());
    await user.click(increase());
    expect(field).toHaveValue('3');
    expect(increase()).toBeDisabled();
    expect(decrease()).toBeEnabled();
    expectReadableText();
  });

  // Typing goes key by key, so an allowed prefix ("9" of "99") is taken before the refusal.
  it.each([
    ['above the maximum', '99', '9'],
    ['not a number', 'abc', '4'],
    ['not whole', '2.5', '2'],
    ['negative', '-1', '4'],
    ['empty', '', '4'],
  ])(
    'refuses a typed value %s with a message and disables Review until the field is left',
    async (_case, typed, lastAllowed) => {
      mock.use({ scenario: 'basic' });
      const { user } = renderPanel();
      const field = await openStepper(user);
      await typeUnits(user, field, '4');
      expect(review()).toBeEnabled();

      await typeUnits(user, field, typed);
      expect(screen.getByText(RANGE_MESSAGE)).toBeInTheDocument();
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(RANGE_MESSAGE);
      expect(review()).toBeDisabled();
      // The units keep their last allowed value; leaving the field shows it again.
      expect(field).toHaveAttribute('aria-valuenow', lastAllowed);
      await user.tab();
      expect(field).toHaveValue(lastAllowed);
      expect(screen.queryByText(RANGE_MESSAGE)).not.toBeInTheDocument();
      expect(field).not.toHaveAttribute('aria-invalid');
      expect(review()).toBeEnabled();
      expectReadableText();
    },
  );

  it('accepts a typed value back in range and clears the message', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    await typeUnits(user, field, '12');
    expect(screen.getByText(RANGE_MESSAGE)).toBeInTheDocument();
    await typeUnits(user, field, '10');
    expect(screen.queryByText(RANGE_MESSAGE)).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(review()).toBeEnabled();
    expect(screen.getByText('10 units × $10.00 × 3 users = $300.00')).toBeInTheDocument();
  });

  // What a Japanese input method or an Arabic keyboard types in a numeric field; the field keeps
  // showing what was typed.
  it.each([
    ['full-width', '７', '7'],
    ['full-width', '１０', '10'],
    ['Arabic-Indic', '٣', '3'],
    ['Eastern Arabic-Indic', '۱۰', '10'],
  ])('reads %s digits "%s" as %s units', async (_kind, typed, units) => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    await typeUnits(user, field, typed);
    expect(screen.queryByText(RANGE_MESSAGE)).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-valuenow', units);
    expect(field).toHaveValue(typed);
    expect(review()).toBeEnabled();
  });

  it('refuses other characters that are not ASCII digits', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    await typeUnits(user, field, '²');
    expect(screen.getByText(RANGE_MESSAGE)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-valuenow', '1');
  });

  it('moves with ArrowUp/ArrowDown, PageUp/PageDown and Home/End, within the bounds', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    field.focus();

    await user.keyboard('{ArrowUp}');
    expect(field).toHaveValue('2');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(field).toHaveValue('0');
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveValue('0');
    await user.keyboard('{PageUp}');
    expect(field).toHaveValue('5');
    await user.keyboard('{PageUp}{PageUp}');
    expect(field).toHaveValue('10');
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveValue('10');
    await user.keyboard('{PageDown}');
    expect(field).toHaveValue('5');
    await user.keyboard('{Home}');
    expect(field).toHaveValue('0');
    await user.keyboard('{End}');
    expect(field).toHaveValue('10');
    expect(field).toHaveAttribute('aria-valuetext', '10 units');
    expect(screen.getByText('10 units × $10.00 × 3 users = $300.00')).toBeInTheDocument();
    expectReadableText();
  });
});
