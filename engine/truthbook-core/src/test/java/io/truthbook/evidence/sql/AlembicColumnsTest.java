package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

/** The columns {@link AlembicExtractor} reads from create_table and the column ops. */
class AlembicColumnsTest {
  private static final String HEADER = """
      from alembic import op
      import sqlalchemy as sa
      from sqlalchemy.dialects import postgresql

      revision = "b2"
      down_revision = "a1"


      def upgrade():
      """;

  private final AlembicExtractor extractor = new AlembicExtractor();

  private Extractor.Result extract(String body) {
    return extractor.extract(SourceFile.of("alembic/versions/b2_columns.py", HEADER + body));
  }

  @Test
  void readsTheColumnsAndConstraintsOfCreateTable() {
    Extractor.Result result = extract("""
            op.create_table(
                "crm_contact",
                sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True,
                          server_default=sa.text("gen_random_uuid()")),
                sa.Column("account_id", sa.BigInteger(), sa.ForeignKey("crm.crm_account.id"), nullable=False),
                sa.Column("email", sa.String(length=200), unique=True),
                sa.Column("stage", sa.Text, nullable=False, server_default="lead"),
                sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True),
                sa.Column("owner_id", sa.Integer()),
                sa.Column("org_id", sa.Integer()),
                sa.ForeignKeyConstraint(["owner_id"], ["core_user.id"]),
                sa.PrimaryKeyConstraint("id", "org_id"),
                sa.Index("crm_contact_email", "email"),
            )
            op.create_table("helper_made", *common_columns())
            op.create_table("built", columns_for("built"))
        """);

    assertThat(ColumnText.created(result)).containsExactly(
        "crm_contact: "
            + "id UUID(as_uuid=True) not null default gen_random_uuid() pk @12:9; "
            + "account_id BigInteger() not null -> crm_account.id @14:9; "
            + "email String(length=200) unique @15:9; "
            + "stage Text not null default 'lead' @16:9; "
            + "seen_at DateTime(timezone=True) @17:9; "
            + "owner_id Integer() -> core_user.id @18:9; "
            + "org_id Integer() pk @19:9",
        "helper_made: ?",
        "built: ?");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsColumnOpsInOrder() {
    Extractor.Result result = extract("""
            op.add_column("crm_contact", sa.Column("nickname", sa.String(), nullable=False), schema="crm")
            op.drop_column("crm_contact", "fax")
            op.alter_column("crm_contact", "email", new_column_name="email_address", type_=sa.Text(),
                            nullable=True, server_default=None, existing_type=sa.String())
            op.alter_column("crm_contact", "stage", server_default=sa.text("'client'"))
            op.create_primary_key("pk_note", "crm_note", ["id"])
            op.create_unique_constraint("uq_note", "crm_note", ["slug"])
            op.create_foreign_key("fk_note", "crm_note", "crm_contact", ["contact_id"], ["id"])
            op.rename_table("crm_note", "crm_notes")
        """);

    assertThat(ColumnText.changes(result)).containsExactly(
        "crm.crm_contact add nickname String() not null @10:5",
        "crm_contact Drop[column=fax, ifExists=false] @11:5",
        "crm_contact SetType[column=email, type=Text()] @12:5",
        "crm_contact SetNotNull[column=email, notNull=false] @12:5",
        "crm_contact SetDefault[column=email, expression=Optional.empty] @12:5",
        "crm_contact Rename[column=email, newName=email_address] @12:5",
        "crm_contact SetDefault[column=stage, expression=Optional['client']] @14:5",
        "crm_note AddPrimaryKey[columns=[id]] @15:5",
        "crm_note AddUnique[columns=[slug]] @16:5",
        "crm_note AddForeignKey[columns=[contact_id], table=crm_contact, referenced=[id]] @17:5");
    assertThat(TableOpText.tableOps(result)).extracting(op -> op.order())
        .containsExactly("alembic:b2:a1#00000010");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void appliesAlembicColumnsLikeSqlOnes() {
    Extractor.Result result = extract("""
            op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("a", sa.Text()))
            op.alter_column("t", "a", new_column_name="b", nullable=False)
            op.add_column("t", sa.Column("c", sa.Boolean()))
            op.drop_column("t", "c")
        """);

    assertThat(ColumnText.describe(ColumnSet.apply(MigrationOrder.sort(ColumnText.steps(result.evidence())))))
        .containsExactly("t: id Integer() not null pk @10:26 alembic/versions/b2_columns.py; "
            + "b Text() not null @11:5 alembic/versions/b2_columns.py");
  }

  @Test
  void readsBatchAlterTableBlocksAsOpsOnTheirTable() {
    Extractor.Result result = extract("""
            with op.batch_alter_table("crm_contact", schema="crm") as batch_op:
                batch_op.add_column(sa.Column("nickname", sa.Text()))
                batch_op.alter_column("email", nullable=False)
                batch_op.create_foreign_key("fk_owner", "core_user", ["owner_id"], ["id"])
            op.drop_column("crm_note", "body")
        """);

    assertThat(ColumnText.changes(result)).containsExactly(
        "crm.crm_contact add nickname Text() @11:9",
        "crm.crm_contact SetNotNull[column=email, notNull=true] @12:9",
        "crm_contact AddForeignKey[columns=[owner_id], table=core_user, referenced=[id]] @13:9",
        "crm_note Drop[column=body, ifExists=false] @14:5");
    assertThat(result.problems()).isEmpty();
  }
}
