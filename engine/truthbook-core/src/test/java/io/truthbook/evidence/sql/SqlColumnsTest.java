package io.truthbook.evidence.sql;

import static io.truthbook.evidence.sql.ColumnText.changes;
import static io.truthbook.evidence.sql.ColumnText.created;
import static io.truthbook.evidence.sql.TableOpText.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

/** The columns {@link SqlMigrationExtractor} reads: CREATE TABLE element lists and ALTER TABLE actions. */
class SqlColumnsTest {
  private final SqlMigrationExtractor extractor = new SqlMigrationExtractor();

  private Extractor.Result extract(String sql) {
    return extractor.extract(SourceFile.of("db/migration/V1__init.sql", sql));
  }

  @Test
  void readsColumnDefinitionsWithTheirConstraints() {
    Extractor.Result result = extract("""
        CREATE TABLE IF NOT EXISTS public.crm_contact (
            id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            legacy_id   bigint UNIQUE,
            org_id      uuid NOT NULL REFERENCES core.core_org (id) ON DELETE SET NULL,
            stage       text NOT NULL DEFAULT 'client' CHECK (stage IN ('lead', 'client')),
            Email       CITEXT NULL COLLATE "C",
            amount      numeric(14, 2),
            seen        timestamp(3) with time zone,
            owner_id    bigint CONSTRAINT fk_owner REFERENCES users ON UPDATE CASCADE,
            tags        varchar(20)[],
            serial_no   integer GENERATED ALWAYS AS IDENTITY
        );
        """);

    assertThat(created(result)).containsExactly("crm_contact: "
        + "id uuid default gen_random_uuid() pk @2:5; "
        + "legacy_id bigint unique @3:5; "
        + "org_id uuid not null -> core_org.id @4:5; "
        + "stage text not null default 'client' @5:5; "
        + "email CITEXT @6:5; "
        + "amount numeric(14, 2) @7:5; "
        + "seen timestamp(3) with time zone @8:5; "
        + "owner_id bigint -> users @9:5; "
        + "tags varchar(20)[] @10:5; "
        + "serial_no integer not null @11:5");
    assertThat(problems(result)).isEmpty();
  }

  @Test
  void foldsTableConstraintsIntoTheColumns() {
    Extractor.Result result = extract("""
        CREATE TABLE account_contact (
            account_id bigint NOT NULL,
            contact_id bigint NOT NULL,
            "Role"     text,
            code       text,
            CONSTRAINT account_contact_pk PRIMARY KEY (account_id, contact_id),
            UNIQUE (code),
            UNIQUE ("Role", code),
            CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES "public"."crm_account" (id),
            FOREIGN KEY (contact_id) REFERENCES crm_contact,
            CHECK (code <> '')
        );
        """);

    assertThat(created(result)).containsExactly("account_contact: "
        + "account_id bigint not null pk -> crm_account.id @2:5; "
        + "contact_id bigint not null pk -> crm_contact @3:5; "
        + "Role text @4:5; "
        + "code text unique @5:5");
  }

  @Test
  void readsMySqlBackticksIndexesAndTableOptions() {
    Extractor.Result result = extract("""
        CREATE TABLE `shop`.`orders` (
          `id` int NOT NULL AUTO_INCREMENT,
          `key` varchar(20) NOT NULL COMMENT 'the key',
          `placed_at` datetime DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
          PRIMARY KEY (`id`),
          UNIQUE KEY `orders_key` (`key`),
          KEY `orders_placed` (`placed_at`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        """);

    assertThat(created(result)).containsExactly("orders: "
        + "id int not null pk @2:3; "
        + "key varchar(20) not null unique @3:3; "
        + "placed_at datetime default CURRENT_TIMESTAMP @4:3");
  }

  @Test
  void leavesTheColumnsOfTablesItCannotSeeUnknown() {
    Extractor.Result result = extract("""
        CREATE TABLE a AS SELECT * FROM b;
        CREATE TABLE c (LIKE b INCLUDING ALL);
        CREATE TABLE d (id int) INHERITS (b);
        CREATE TABLE e PARTITION OF b FOR VALUES IN (1);
        CREATE TABLE f (id int);
        """);

    assertThat(created(result)).containsExactly("a: ?", "c: ?", "d: ?", "e: ?", "f: id int @5:17");
  }

  @Test
  void readsEveryColumnActionOfAlterTable() {
    Extractor.Result result = extract("""
        ALTER TABLE deals ADD COLUMN IF NOT EXISTS stage_id int REFERENCES pipeline_stages (id);
        ALTER TABLE IF EXISTS ONLY public.deals
            ADD note text DEFAULT '' NOT NULL,
            DROP COLUMN IF EXISTS stage,
            DROP legacy CASCADE,
            RENAME COLUMN note TO notes;
        ALTER TABLE "Deals" RENAME title TO name;
        ALTER TABLE deals ALTER COLUMN amount SET DATA TYPE numeric(16,2) USING amount::numeric,
            ALTER amount SET NOT NULL, ALTER COLUMN name DROP NOT NULL,
            ALTER COLUMN created SET DEFAULT now(), ALTER created DROP DEFAULT, ALTER id TYPE bigint;
        ALTER TABLE deals ADD CONSTRAINT deals_pk PRIMARY KEY (id), ADD UNIQUE (code),
            ADD FOREIGN KEY (owner_id, org) REFERENCES users (id, org), ADD CONSTRAINT c CHECK (id > 0),
            DROP CONSTRAINT old_fk, ALTER CONSTRAINT x DEFERRABLE, RENAME CONSTRAINT a TO b;
        ALTER TABLE deals RENAME TO crm_deal;
        """);

    assertThat(changes(result)).containsExactly(
        "deals add stage_id int -> pipeline_stages.id if not exists @1:44",
        "public.deals add note text not null default '' @3:9",
        "public.deals Drop[column=stage, ifExists=true] @4:27",
        "public.deals Drop[column=legacy, ifExists=false] @5:10",
        "public.deals Rename[column=note, newName=notes] @6:19",
        "Deals Rename[column=title, newName=name] @7:28",
        "deals SetType[column=amount, type=numeric(16,2)] @8:32",
        "deals SetNotNull[column=amount, notNull=true] @9:11",
        "deals SetNotNull[column=name, notNull=false] @9:45",
        "deals SetDefault[column=created, expression=Optional[now()]] @10:18",
        "deals SetDefault[column=created, expression=Optional.empty] @10:51",
        "deals SetType[column=id, type=bigint] @10:79",
        "deals AddPrimaryKey[columns=[id]] @11:23",
        "deals AddUnique[columns=[code]] @11:65",
        "deals AddForeignKey[columns=[owner_id, org], table=users, referenced=[id, org]] @12:9");
    assertThat(TableOpText.ops(result)).containsExactly("RENAME deals -> crm_deal @14:1");
    assertThat(problems(result)).isEmpty();
  }

  @Test
  void readsMySqlModifyAndChangeAsRedefinitions() {
    Extractor.Result result = extract("""
        ALTER TABLE `orders` MODIFY COLUMN `note` varchar(500) NOT NULL DEFAULT '',
            CHANGE `placed` `placed_at` datetime NULL;
        """);

    assertThat(changes(result)).containsExactly(
        "orders SetType[column=note, type=varchar(500)] @1:36",
        "orders SetNotNull[column=note, notNull=true] @1:36",
        "orders SetDefault[column=note, expression=Optional['']] @1:36",
        "orders Rename[column=placed, newName=placed_at] @2:12",
        "orders SetType[column=placed_at, type=datetime] @2:21",
        "orders SetNotNull[column=placed_at, notNull=false] @2:21",
        "orders SetDefault[column=placed_at, expression=Optional.empty] @2:21");
  }
}
