/**
 * The alert switches beyond new bonuses and paid payouts: payout requests, the minimum withdrawal
 * reached, rate changes, the new-bonus sound. One block of SettingsForm; it writes through its `update`.
 */
import type { Settings } from '../../utils/model';
import { tAlerts as t } from '../../entrypoints/options/texts-alerts';

type Switch = 'notifyPayoutRequests' | 'notifyThreshold' | 'notifyRates' | 'sound';

const SWITCHES: { key: Switch; id: string; hint: `${Switch}Hint` }[] = [
  { key: 'notifyPayoutRequests', id: 'notify-payout-requests', hint: 'notifyPayoutRequestsHint' },
  { key: 'notifyThreshold', id: 'notify-threshold', hint: 'notifyThresholdHint' },
  { key: 'notifyRates', id: 'notify-rates', hint: 'notifyRatesHint' },
  { key: 'sound', id: 'sound', hint: 'soundHint' },
];

export function AlertSwitches({ settings, update }: { settings: Settings; update: (patch: Partial<Settings>) => void }) {
  return (
    <>
      {SWITCHES.map(({ key, id, hint }) => (
        <div class="field check" key={key}>
          <input
            id={id}
            type="checkbox"
            checked={settings[key]}
            onChange={(e) => update({ [key]: e.currentTarget.checked })}
            aria-describedby={`${id}-hint`}
          />
          <label for={id}>{t(key)}</label>
          <p id={`${id}-hint`} class="hint">{t(hint)}</p>
        </div>
      ))}
    </>
  );
}
