import { describe, expect, it } from 'vitest';
import { maskEmail, maskEventData, maskIdentityValue, maskIp, maskPhone, maskRealName } from './mask';

describe('maskPhone', () => {
  it('shows the country code, first three and last four digits of a Chinese mobile', () => {
    expect(maskPhone('+8613812341234')).toBe('+86 138****1234');
  });

  it('hides more of shorter national numbers', () => {
    expect(maskPhone('+14155552671')).toBe('+1 41******71');
    expect(maskPhone('+862155550101')).toBe('+86 21******01');
  });

  it('still hides digits of something that does not parse', () => {
    expect(maskPhone('12345')).toBe('****5');
  });
});

describe('maskEmail', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('lina@example.com')).toBe('l***@example.com');
    expect(maskEmail('a@b.cn')).toBe('a***@b.cn');
  });

  it('hides everything of a value without a mailbox', () => {
    expect(maskEmail('@example.com')).toBe('***');
  });
});

describe('maskRealName', () => {
  it('keeps the surname character of a Chinese name', () => {
    expect(maskRealName('张伟')).toBe('张*');
    expect(maskRealName('欧阳娜娜')).toBe('欧***');
    expect(maskRealName('李')).toBe('李*');
  });

  it('keeps the initials of a Latin name', () => {
    expect(maskRealName('John Smith')).toBe('J*** S***');
    expect(maskRealName('Madonna')).toBe('M***');
  });

  it('answers empty for an empty name', () => {
    expect(maskRealName('  ')).toBe('');
  });
});

describe('maskIdentityValue', () => {
  it('masks contacts but not account ids', () => {
    expect(maskIdentityValue('phone', '+8613812341234')).toBe('+86 138****1234');
    expect(maskIdentityValue('email', 'lina@example.com')).toBe('l***@example.com');
    expect(maskIdentityValue('game_account', '10086')).toBe('10086');
  });
});

describe('maskIp', () => {
  it('hides the host part of IPv4 and IPv6 addresses', () => {
    expect(maskIp('203.0.113.42')).toBe('203.0.*.*');
    expect(maskIp('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:*');
    expect(maskIp('nonsense')).toBe('*');
  });
});

describe('maskEventData', () => {
  it('masks phone, email and ip and keeps everything else', () => {
    expect(maskEventData({ ip: '10.1.2.3', device: 'iPhone', phone: '+8613812341234', email: 'lina@example.com', amount: '6.00' })).toEqual({
      ip: '10.1.*.*',
      device: 'iPhone',
      phone: '+86 138****1234',
      email: 'l***@example.com',
      amount: '6.00',
    });
  });
});
