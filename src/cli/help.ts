// Examples shown by --help, and the exit codes (also documented in the README).
export const EXIT_CODES_HELP = `Exit codes:
  0  success (inputs that could not be read are named on stderr and skipped)
  1  a quality check failed (an eval metric under its pinned floor)
  2  usage: unknown command or option, bad value, bad configuration
  3  input: nothing could be read from the inputs given
  4  workspace: the database cannot be opened or written
  70 internal error (a bug; run with NEWSFUSE_DEBUG=1 for details)`;

export const EXAMPLES = {
  main: `Examples:
  $ newsfuse demo
  $ newsfuse analyze reports/ --format html --out briefing.html
  $ newsfuse ingest feeds/*.xml archive.warc.gz && newsfuse brief
  $ newsfuse feeds add https://example.org/rss.xml && newsfuse watch
  $ newsfuse eval all`,
  demo: `
Examples:
  $ newsfuse demo
  $ newsfuse demo --format md > geneva.md
  $ newsfuse demo --format html --out geneva.html`,
  analyze: `
Examples:
  $ newsfuse analyze reports/                       # a folder, read recursively
  $ newsfuse analyze a.txt b.html feed.xml dump.jsonl crawl.warc.gz
  $ newsfuse analyze https://example.org/news/story.html
  $ cat story.txt | newsfuse analyze - --format json
  $ newsfuse analyze reports/ --format html --out briefing.html`,
  extract: `
Examples:
  $ newsfuse extract page.html
  $ newsfuse extract page.html.gz --format json
  $ newsfuse extract https://example.org/news/story.html --timeout 5000`,
  ingest: `
Examples:
  $ newsfuse ingest reports/                        # into ./newsfuse.db
  $ newsfuse ingest today/ --db desk.db             # tomorrow's ingest extends today's stories
  $ newsfuse ingest feed.xml --db postgres://user@host/newsfuse`,
  brief: `
Examples:
  $ newsfuse brief
  $ newsfuse brief --db desk.db --format md
  $ newsfuse brief --story s-1a2b3c4d --format html --out story.html`,
  stories: `
Examples:
  $ newsfuse stories --db desk.db
  $ newsfuse stories --db desk.db --order growing --since 2022-01-01 --format json
  $ newsfuse stories --db desk.db --entity person:lavrov --limit 50`,
  search: `
Examples:
  $ newsfuse search lavrov --db desk.db
  $ newsfuse search '"written responses" nato' --db desk.db --format json`,
  serve: `
Examples:
  $ newsfuse serve --db desk.db                     # http://127.0.0.1:8080/: stories, search, add
  $ NEWSFUSE_TOKEN=s3cret newsfuse serve --db desk.db --host 0.0.0.0   # writes need the token
  $ curl -s localhost:8080/api/analyze -H 'content-type: application/json' \\
      -d '{"documents":[{"text":"…","url":"https://example.org/a"}]}'
  $ curl -s 'localhost:8080/api/analyze?format=md' -H 'content-type: application/json' -d @docs.json
  $ curl -s localhost:8080/api/stories
  $ newsfuse serve --db desk.db --watch             # also polls the feed subscriptions`,
  feeds: `
Examples:
  $ newsfuse feeds add https://example.org/rss.xml https://example.net/news/ --db desk.db
  $ newsfuse feeds add --opml subscriptions.opml --db desk.db
  $ newsfuse feeds list --db desk.db
  $ newsfuse feeds remove https://example.org/rss.xml --db desk.db
  $ newsfuse feeds export --db desk.db > subscriptions.opml`,
  watch: `
Examples:
  $ newsfuse watch --db desk.db                     # polls until Ctrl-C; new items join the stories
  $ newsfuse watch --db desk.db --once              # one round of the feeds that are due (cron)
  $ newsfuse watch --db desk.db --once --all        # every feed now, still conditional
  $ newsfuse watch --db desk.db --interval 15m`,
  eval: `
Examples:
  $ newsfuse eval all
  $ newsfuse eval extraction
  $ newsfuse eval quotes --json > quotes.json
  $ newsfuse eval clustering --data /path/to/eval`,
};
