/** HTML bodies that proxies, maintenance modes and captive portals put in front of the API (fault modes 502html, 503html, html200). */

/** nginx's built-in 502 page, byte for byte (CRLF line ends). */
export const NGINX_502 = [
  '<html>',
  '<head><title>502 Bad Gateway</title></head>',
  '<body>',
  '<center><h1>502 Bad Gateway</h1></center>',
  '<hr><center>nginx</center>',
  '</body>',
  '</html>',
  '',
].join('\r\n');

/** A typical exchange site's maintenance page, served by the proxy while the app is down. */
export const MAINTENANCE_503 = `<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Технические работы</title>
  <style>
    body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f6f8; color: #1f2933; }
    main { max-width: 32rem; padding: 2rem; text-align: center; }
    h1 { font-size: 1.6rem; margin: 0 0 1rem; }
    p { line-height: 1.5; margin: 0.5rem 0; }
  </style>
</head>
<body>
  <main>
    <h1>Ведутся технические работы</h1>
    <p>Сайт временно недоступен. Обмены и личный кабинет заработают в ближайшее время.</p>
    <p lang="en">We are performing scheduled maintenance. Please check back soon.</p>
  </main>
</body>
</html>
`;

/** A hotel / café Wi-Fi login page: what every URL answers, with 200, until the user signs in. */
export const CAPTIVE_PORTAL = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Wi-Fi login</title>
</head>
<body>
  <form method="post" action="/login">
    <h1>Welcome to Guest Wi-Fi</h1>
    <p>Please accept the terms of use to connect to the Internet.</p>
    <label><input type="checkbox" name="accept" required> I accept the terms of use</label>
    <button type="submit">Connect</button>
  </form>
</body>
</html>
`;
