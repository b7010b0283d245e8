/** The settings field "The toolbar icon shows": new bonuses (count), today's earnings, or nothing. */
import type { Settings } from '../../utils/model';
import { tOnboarding as g } from '../../entrypoints/options/texts-onboarding';

type Shows = Settings['badgeShows'];

const CHOICES: { value: Shows; label: 'badgeNew' | 'badgeToday' | 'badgeNone' }[] = [
  { value: 'new', label: 'badgeNew' },
  { value: 'today', label: 'badgeToday' },
  { value: 'none', label: 'badgeNone' },
];

const isShows = (value: string): value is Shows => CHOICES.some((c) => c.value === value);

export function BadgeChoice({ value, onChange }: { value: Shows; onChange: (next: Shows) => void }) {
  return (
    <div class="field">
      <label for="badge-shows">{g('badgeLabel')}</label>
      <select
        id="badge-shows"
        class="badge-shows"
        value={value}
        onChange={(e) => isShows(e.currentTarget.value) && onChange(e.currentTarget.value)}
        aria-describedby="badge-shows-hint"
      >
        {CHOICES.map((choice) => <option key={choice.value} value={choice.value}>{g(choice.label)}</option>)}
      </select>
      <p id="badge-shows-hint" class="hint">{g('badgeHint')}</p>
    </div>
  );
}
