/**
 * The offscreen document (Chrome): plays the new-bonus sound once when created, then closes
 * itself. The background creates it for each sync that plays the sound (alerts/sound-player.ts).
 */
const audio = new Audio('/sounds/bonus.wav');
audio.addEventListener('ended', () => window.close());
// A sound that cannot play leaves the document to Chrome, which closes an AUDIO_PLAYBACK document after
// 30 s of silence (and the next sound replaces it).
audio.play().catch(() => undefined);
