/** Common surnames and given-name characters, for realistic Chinese names in generated data. */
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
export const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平', '刚', '桂', '英', '华', '玉', '兰', '飞', '鹏', '辉', '婷'];

const arr = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;

/**
 * SQL that generates `n` active customers with Chinese names and a phone identity each
 * (+86 138…: customer i has +86 1380000000 + i), ids derived from i so reruns match.
 */
export function generateCustomersSql(n: number): string[] {
  const name = `(${arr(SURNAMES)})[1 + (i * 7) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + (i * 13) % ${GIVEN.length}] || case when i % 3 = 0 then '' else (${arr(GIVEN)})[1 + (i * 17) % ${GIVEN.length}] end`;
  return [
    `insert into customers (id, display_name, real_name, source, created_at, updated_at)
     select md5('c' || i)::uuid, ${name}, ${name}, 'import', now() - (i || ' seconds')::interval, now()
     from generate_series(1, ${n}) i`,
    `insert into customer_identities (id, customer_id, type, value, is_primary, created_at)
     select md5('p' || i)::uuid, md5('c' || i)::uuid, 'phone', '+86' || (13800000000 + i)::text, true, now()
     from generate_series(1, ${n}) i`,
    'analyze customers',
    'analyze customer_identities',
  ];
}
