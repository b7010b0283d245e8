/**
 * Imported first by the popup's entry, so the storage read starts before the rest of the popup's
 * code (Preact, components, dictionaries) is evaluated: the reads overlap that work.
 */
import { openPopupData } from './source';

export const source = openPopupData(location.search);
