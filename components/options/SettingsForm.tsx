/**
 * Global settings, written to settingsItem on every change (no Save button);
 * the background follows settingsItem and moves the poll alarm itself.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/model';
import { settingsItem, withDefaults } from '../../utils/storage/items';
import { tOptions as t } from '../../entrypoints/options/texts';
import { useStored } from './useStored';
import { BadgeChoice } from './BadgeChoice';
import { AlertSwitches } from './AlertSwitches';
import { POLL_MAX, POLL_MIN, clampPollMinutes } from '../../utils/poll-interval';

/** What the user typed → a whole number of minutes in 1–60, or null when it is no number. */
export function clampMinutes(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return null;
  return clampPollMinutes(value, value);
}

const SEPARATORS = [
  { value: ',', label: 'csvComma' },
  { value: ';', label: 'csvSemicolon' },
] as const;

export function SettingsForm() {
  const stored = useStored(settingsItem);
  const settings = stored && withDefaults(stored);
  const [minutesText, setMinutesText] = useState('');
  const [note, setNote] = useState('');
  // Enter fires `change` and then `submit`: the second commit of the same value must not
  // replace the clamp explanation with "Settings saved".
  const saving = useRef<number | null>(null);
  useEffect(() => {
    if (settings) setMinutesText(String(settings.pollMinutes));
    saving.current = null;
  }, [settings?.pollMinutes]);
  if (!settings) return null;

  const update = (patch: Partial<Settings>, message = t('settingsSaved')) => {
    void settingsItem.set({ ...settings, ...patch }).then(() => setNote(message));
  };

  const commitMinutes = () => {
    const minutes = clampMinutes(minutesText);
    if (minutes === null) {
      setMinutesText(String(settings.pollMinutes));
      return;
    }
    setMinutesText(String(minutes));
    const clamped = String(minutes) !== minutesText.trim();
    if (minutes !== settings.pollMinutes && minutes !== saving.current) {
      saving.current = minutes;
      update({ pollMinutes: minutes }, clamped ? t('pollClamped', { minutes }) : undefined);
    } else if (clamped) setNote(t('pollClamped', { minutes }));
  };

  return (
    <form class="settings-form" onSubmit={(e) => { e.preventDefault(); commitMinutes(); }} noValidate>
      <div class="field">
        <label for="poll-minutes">{t('pollLabel')}</label>
        <input
          id="poll-minutes"
          class="short"
          type="number"
          inputMode="numeric"
          min={POLL_MIN}
          max={POLL_MAX}
          step={1}
          value={minutesText}
          onInput={(e) => setMinutesText(e.currentTarget.value)}
          onChange={commitMinutes}
          aria-describedby="poll-minutes-hint"
        />
        <p id="poll-minutes-hint" class="hint">{t('pollHint')}</p>
      </div>

      <div class="field check">
        <input
          id="notify-exchanges"
          type="checkbox"
          checked={settings.notifyExchanges}
          onChange={(e) => update({ notifyExchanges: e.currentTarget.checked })}
        />
        <label for="notify-exchanges">{t('notifyExchanges')}</label>
      </div>
      <div class="field check">
        <input
          id="notify-payouts"
          type="checkbox"
          checked={settings.notifyPayouts}
          onChange={(e) => update({ notifyPayouts: e.currentTarget.checked })}
          aria-describedby="notify-payouts-hint"
        />
        <label for="notify-payouts">{t('notifyPayouts')}</label>
        <p id="notify-payouts-hint" class="hint">{t('notifyPayoutsHint')}</p>
      </div>
      <AlertSwitches settings={settings} update={(patch) => update(patch)} />

      <BadgeChoice value={settings.badgeShows} onChange={(badgeShows) => update({ badgeShows })} />

      <fieldset class="field" aria-describedby="csv-hint">
        <legend>{t('csvLegend')}</legend>
        {SEPARATORS.map((option) => (
          <label class="radio" key={option.value}>
            <input
              type="radio"
              name="csv-separator"
              value={option.value}
              checked={settings.csvSeparator === option.value}
              onChange={() => update({ csvSeparator: option.value })}
            />
            {t(option.label)}
          </label>
        ))}
        <p id="csv-hint" class="hint">{t('csvHint')}</p>
      </fieldset>

      <p class="notice" role="status">{note}</p>
    </form>
  );
}
