CREATE TABLE sales_customer (id bigint PRIMARY KEY);
CREATE TABLE sales_shadow_note (id bigint PRIMARY KEY);
