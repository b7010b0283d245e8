/**
 * The offscreen document (Chrome): plays the new-bonus sound once when created, then closes
 * itself. The background creates it for each sync that plays the sound (alerts/sound-player.ts).
 */
const audio = new Audio('/sounds/bonus.wav');
audio.addEventListener('ended', () => window.close());
audio.play().catch(() => window.close());
