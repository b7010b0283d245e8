/** A small coloured label for a status (paid, unpaid, out of date…); the text says it, colour only helps. */
import type { ComponentChildren } from 'preact';

export type ChipTone = 'good' | 'warn' | 'bad' | 'neutral' | 'new';

export function StatusChip({ tone, children }: { tone: ChipTone; children: ComponentChildren }) {
  return <span class={`chip chip-${tone}`}>{children}</span>;
}
