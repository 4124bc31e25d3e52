// the product is read from git at HEAD, as in a real repository: commit the project first
def git(String... args) {
  def process = (['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList())
      .execute(null, basedir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0
}
git('init', '-q')
git('add', '-A')
git('commit', '-q', '-m', 'product and truth')
