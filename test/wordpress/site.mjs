// A real, throw-away WordPress for the plugin's tests: Debian's `wordpress` package (the code in
// /usr/share/wordpress), MariaDB, PHP-FPM and nginx, each started here as our own process on a
// free loopback port, with a private data directory, a private wp-content and a private
// /etc/wordpress/config-<name>.php (Debian's wp-config.php picks it by the WORDPRESS_CONFIG
// parameter nginx passes). Nothing else on the machine is touched, and stop() removes it all.
//
// Used by wordpress.test.mjs. By hand:
//   node test/wordpress/site.mjs start   # starts a site and leaves it running (prints its state)
//   node test/wordpress/site.mjs stop    # stops it and removes its files
// While one is running, the tests use it instead of starting their own (faster to iterate).
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const WP_CORE = '/usr/share/wordpress';
const THEMES = join(WP_CORE, 'wp-content/themes');
const CONFIG_DIR = '/etc/wordpress';
/** Where a site started with `site.mjs start` records itself for later runs. */
export const STATE_FILE = join(tmpdir(), 'kp-wordpress-site.json');

const BINARIES = {
  mariadbd: ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'],
  installDb: ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'],
  client: ['/usr/bin/mariadb', '/usr/bin/mysql'],
  fpm: ['/usr/sbin/php-fpm8.4', '/usr/sbin/php-fpm8.3', '/usr/sbin/php-fpm8.2', '/usr/sbin/php-fpm'],
  php: ['/usr/bin/php'],
  nginx: ['/usr/sbin/nginx'],
};

/** Paths of the programs a site needs, or the names of those that are missing. */
export function findPrograms() {
  const found = {};
  const missing = [];
  for (const [key, paths] of Object.entries(BINARIES)) {
    found[key] = paths.find((p) => existsSync(p));
    if (!found[key]) missing.push(paths[0]);
  }
  if (!existsSync(join(WP_CORE, 'wp-settings.php'))) missing.push(WP_CORE);
  if (!existsSync(join(THEMES, 'twentytwentythree'))) missing.push(join(THEMES, 'twentytwentythree'));
  return { programs: found, missing };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A free TCP port on 127.0.0.1 (the kernel picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when something accepts TCP connections on the port; checks every 100 ms. */
async function untilListening(port, what, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what} did not listen on port ${port} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts a program in the background with its output going to a log file. */
function startProcess(command, args, logFile, detached) {
  const out = openSync(logFile, 'a');
  const child = spawn(command, args, { stdio: ['ignore', out, out], detached });
  if (detached) child.unref();
  return child;
}

function phpString(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Starts MariaDB, PHP-FPM and nginx for a new site. WordPress itself is not installed yet: call
 * `site.install()` (the tests do, so every run starts from an empty site).
 *
 * @param {{ detached?: boolean }} options detached: processes outlive this Node process (`start`).
 */
export async function startSite({ detached = false } = {}) {
  const { programs, missing } = findPrograms();
  if (missing.length) throw new Error(`WordPress test site: missing ${missing.join(', ')}`);

  const dir = mkdtempSync(join(tmpdir(), 'kp-wordpress-'));
  const name = `kp-test-${process.pid}-${Date.now().toString(36)}`;
  const [dbPort, fpmPort, httpPort] = [await freePort(), await freePort(), await freePort()];
  const url = `http://127.0.0.1:${httpPort}`;
  const paths = {
    dir,
    data: join(dir, 'db'),
    socket: join(dir, 'mariadb.sock'),
    content: join(dir, 'wp-content'),
    debugLog: join(dir, 'debug.log'),
    config: join(CONFIG_DIR, `config-${name}.php`),
  };
  const state = { name, url, dir, paths, ports: { dbPort, fpmPort, httpPort }, pids: [], programs };

  try {
    // wp-content of our own: plugins and uploads start empty; the Debian themes are linked in.
    for (const sub of ['plugins', 'uploads', 'themes', 'upgrade', 'mu-plugins']) mkdirSync(join(paths.content, sub), { recursive: true });
    // The machine is offline: WordPress's update checks would only log warnings about it.
    writeFileSync(
      join(paths.content, 'mu-plugins/kp-test-offline.php'),
      `<?php
// Test site only (knee-pain-widgets test/wordpress/site.mjs): no update checks on a closed network.
$kp_test_offline = function () {
	foreach ( array( 'admin_init' => array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ),
		'load-plugins.php' => array( 'wp_update_plugins' ), 'load-update.php' => array( 'wp_update_plugins', 'wp_update_themes' ),
		'load-update-core.php' => array( 'wp_update_plugins', 'wp_update_themes' ), 'load-themes.php' => array( 'wp_update_themes' ),
		'wp_version_check' => array( 'wp_version_check' ), 'wp_update_plugins' => array( 'wp_update_plugins' ),
		'wp_update_themes' => array( 'wp_update_themes' ), 'wp_maybe_auto_update' => array( 'wp_maybe_auto_update' ),
		'upgrader_process_complete' => array( 'wp_version_check', 'wp_update_plugins', 'wp_update_themes', array( 'Language_Pack_Upgrader', 'async_upgrade' ) ) ) as $hook => $callbacks ) {
		foreach ( $callbacks as $callback ) {
			remove_action( $hook, $callback, is_array( $callback ) ? 20 : 10 );
		}
	}
};
// Again on admin_init: the admin's own hooks are added after init.
add_action( 'init', $kp_test_offline, 0 );
add_action( 'admin_init', $kp_test_offline, 0 );
`,
    );
    symlinkSync(join(THEMES, 'twentytwentythree'), join(paths.content, 'themes/twentytwentythree'));
    for (const sub of ['tmp/body', 'tmp/fastcgi', 'tmp/proxy', 'tmp/scgi', 'tmp/uwsgi']) mkdirSync(join(dir, sub), { recursive: true });

    // MariaDB.
    const asRoot = isRoot ? ['--user=root'] : [];
    await run(programs.installDb, [
      '--no-defaults',
      `--datadir=${paths.data}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
      ...asRoot,
    ]);
    const db = startProcess(
      programs.mariadbd,
      [
        '--no-defaults',
        `--datadir=${paths.data}`,
        '--bind-address=127.0.0.1',
        `--port=${dbPort}`,
        `--socket=${paths.socket}`,
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
        ...asRoot,
      ],
      join(dir, 'mariadb.log'),
      detached,
    );
    state.pids.push(db.pid);

    // PHP-FPM. WP_DEBUG on, notices to our debug.log (the tests read it).
    const fpmConfig = join(dir, 'php-fpm.conf');
    writeFileSync(
      fpmConfig,
      [
        '[global]',
        `pid = ${join(dir, 'php-fpm.pid')}`,
        `error_log = ${join(dir, 'php-fpm.log')}`,
        'daemonize = no',
        '[www]',
        ...(isRoot ? ['user = root', 'group = root'] : []),
        `listen = 127.0.0.1:${fpmPort}`,
        'pm = static',
        'pm.max_children = 4',
        'catch_workers_output = yes',
        `php_admin_value[error_log] = ${paths.debugLog}`,
        'php_admin_flag[log_errors] = on',
        'php_admin_value[upload_max_filesize] = 16M',
        'php_admin_value[post_max_size] = 16M',
        '',
      ].join('\n'),
    );
    const fpm = startProcess(programs.fpm, ['--nodaemonize', ...(isRoot ? ['--allow-to-run-as-root'] : []), '--fpm-config', fpmConfig], join(dir, 'php-fpm.out'), detached);
    state.pids.push(fpm.pid);

    // nginx: WordPress's code from the package, our wp-content at /wp-content/, PHP to PHP-FPM.
    const nginxConfig = join(dir, 'nginx.conf');
    const fastcgi = [
      ['SCRIPT_FILENAME', '$document_root$fastcgi_script_name'],
      ['QUERY_STRING', '$query_string'],
      ['REQUEST_METHOD', '$request_method'],
      ['CONTENT_TYPE', '$content_type'],
      ['CONTENT_LENGTH', '$content_length'],
      ['SCRIPT_NAME', '$fastcgi_script_name'],
      ['REQUEST_URI', '$request_uri'],
      ['DOCUMENT_URI', '$document_uri'],
      ['DOCUMENT_ROOT', '$document_root'],
      ['SERVER_PROTOCOL', '$server_protocol'],
      ['REQUEST_SCHEME', '$scheme'],
      ['GATEWAY_INTERFACE', 'CGI/1.1'],
      ['SERVER_SOFTWARE', 'nginx'],
      ['REMOTE_ADDR', '$remote_addr'],
      ['REMOTE_PORT', '$remote_port'],
      ['SERVER_ADDR', '$server_addr'],
      ['SERVER_PORT', '$server_port'],
      ['SERVER_NAME', '127.0.0.1'],
      ['HTTP_HOST', '$http_host'],
      ['REDIRECT_STATUS', '200'],
      ['WORDPRESS_CONFIG', name],
    ]
      .map(([k, v]) => `      fastcgi_param ${k} ${v};`)
      .join('\n');
    writeFileSync(
      nginxConfig,
      `${isRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')};
events { worker_connections 128; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_max_body_size 16m;
  client_body_temp_path ${join(dir, 'tmp/body')};
  fastcgi_temp_path ${join(dir, 'tmp/fastcgi')};
  proxy_temp_path ${join(dir, 'tmp/proxy')};
  scgi_temp_path ${join(dir, 'tmp/scgi')};
  uwsgi_temp_path ${join(dir, 'tmp/uwsgi')};
  server {
    listen 127.0.0.1:${httpPort};
    root ${WP_CORE};
    index index.php;
    location ^~ /wp-content/ {
      alias ${paths.content}/;
      location ~ \\.php$ { return 403; }
    }
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      try_files $uri =404;
      fastcgi_pass 127.0.0.1:${fpmPort};
${fastcgi}
    }
  }
}
`,
    );
    const nginx = startProcess(programs.nginx, ['-c', nginxConfig, '-p', dir, '-e', join(dir, 'nginx-error.log')], join(dir, 'nginx.out'), detached);
    state.pids.push(nginx.pid);

    await untilListening(dbPort, 'MariaDB', detached ? null : db);
    await run(programs.client, [
      `--socket=${paths.socket}`,
      '-u',
      'root',
      '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'127.0.0.1' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'127.0.0.1';",
    ]);

    // The site's config: our database, our wp-content, debugging on, no network, no cron.
    writeFileSync(
      paths.config,
      `<?php
// Written by knee-pain-widgets' test/wordpress/site.mjs; removed when the test site stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', '127.0.0.1:${dbPort}');
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_CONTENT_DIR', ${phpString(paths.content)});
define('WP_CONTENT_URL', ${phpString(`${url}/wp-content`)});
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${phpString(paths.debugLog)});
define('WP_DEBUG_DISPLAY', false);
define('SCRIPT_DEBUG', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('FS_METHOD', 'direct');
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTH_KEY', '${name}-a'); define('SECURE_AUTH_KEY', '${name}-b'); define('LOGGED_IN_KEY', '${name}-c'); define('NONCE_KEY', '${name}-d');
define('AUTH_SALT', '${name}-e'); define('SECURE_AUTH_SALT', '${name}-f'); define('LOGGED_IN_SALT', '${name}-g'); define('NONCE_SALT', '${name}-h');
$table_prefix = 'wp_';
`,
    );

    await untilListening(fpmPort, 'PHP-FPM', detached ? null : fpm);
    await untilListening(httpPort, 'nginx', detached ? null : nginx);
  } catch (error) {
    await stopSite(state);
    throw error;
  }

  return siteApi(state);
}

/** Stops every process the site started (by the PIDs it recorded) and removes its files. */
export async function stopSite(state) {
  for (const pid of [...state.pids].reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  // Wait until each has exited (MariaDB flushes its files first), then remove the directory.
  const deadline = Date.now() + 30_000;
  for (const pid of state.pids) {
    while (Date.now() < deadline) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    try {
      process.kill(pid, 0);
      process.kill(pid, 'SIGKILL');
    } catch {
      // Exited.
    }
  }
  rmSync(state.paths.config, { force: true });
  rmSync(state.dir, { recursive: true, force: true });
}

/** What the tests use: the URL, PHP run inside WordPress, and stop(). */
function siteApi(state) {
  return {
    state,
    url: state.url,
    paths: state.paths,
    /**
     * Runs a PHP file with WordPress loaded (wp-load.php) as if for a request to this site; `args`
     * reach it as $argv. Returns its standard output.
     */
    async php(file, args = []) {
      const { stdout } = await run(state.programs.php, [file, ...args], {
        env: { ...process.env, WORDPRESS_CONFIG: state.name, KP_WP_URL: state.url, KP_WP_CORE: WP_CORE },
        maxBuffer: 16 * 1024 * 1024,
      });
      return stdout;
    },
    /** `php -l` on one file; resolves to its output, rejects on a syntax error. */
    async lint(file) {
      const { stdout } = await run(state.programs.php, ['-l', file]);
      return stdout;
    },
    stop: () => stopSite(state),
  };
}

/** The site left running by `site.mjs start`, if it still answers; otherwise undefined. */
export async function runningSite() {
  if (!existsSync(STATE_FILE)) return undefined;
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  try {
    await untilListening(state.ports.httpPort, 'nginx', null, 1000);
  } catch {
    return undefined;
  }
  const api = siteApi(state);
  return { ...api, stop: async () => {} };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  if (command === 'start') {
    const site = await startSite({ detached: true });
    writeFileSync(STATE_FILE, JSON.stringify(site.state, null, 2));
    console.log(`WordPress test site running at ${site.url} (state in ${STATE_FILE})`);
  } else if (command === 'stop') {
    if (!existsSync(STATE_FILE)) {
      console.log('No test site recorded.');
    } else {
      await stopSite(JSON.parse(readFileSync(STATE_FILE, 'utf8')));
      rmSync(STATE_FILE, { force: true });
      console.log('Stopped.');
    }
  } else {
    console.error('Usage: node test/wordpress/site.mjs start|stop');
    process.exit(2);
  }
}
