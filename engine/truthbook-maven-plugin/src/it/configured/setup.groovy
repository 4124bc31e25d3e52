// the product is read from git at HEAD, as in a real repository: commit the project first
def git(String... args) {
  def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList())
      .execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0
}
// the baseline accepts today's drift, by the fingerprint the README documents: SHA-256 of rule, file and
// message joined by newlines, its first 16 bytes in hex
def rule = 'drift.table.unmapped', file = 'app/db/V1__init.sql'
def message = "table 'sales_shadow_note' is created here but no domain maps it"
def fingerprint = java.security.MessageDigest.getInstance('SHA-256')
    .digest("${rule}\n${file}\n${message}".toString().getBytes('UTF-8')).toList().subList(0, 16)
    .collect { String.format('%02x', it) }.join()
new File(basedir, 'accepted/truthbook-baseline.json').text = """{
  "version": 1,
  "findings": [
    {"fingerprint": "${fingerprint}", "rule": "${rule}", "file": "${file}", "message": "${message}"}
  ]
}
"""
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'product, truth and its baseline')
