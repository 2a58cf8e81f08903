<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <source>given back</source>
        <translation type="vanished">已退还</translation>
    </message>
    <message>
        <source>held</source>
        <translation type="vanished">收存中</translation>
    </message>
    <message>
        <source>deposit %1 %2 %3</source>
        <translation type="vanished">押金 %1 %2 %3</translation>
    </message>
    <message>
        <source>Booking %1 returned; its charge is on the bill.</source>
        <translation type="vanished">预订 %1 已归还，费用已加入账单。</translation>
    </message>
    <message>
        <source>Overtime: %1 min.</source>
        <translation type="vanished">超时 %1 分钟。</translation>
    </message>
    <message>
        <source>Give back the deposit: %1 %2.</source>
        <translation type="vanished">请退还押金：%1 %2。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../about.py" line="40" />
        <source>About bizcenter</source>
        <translation>关于 bizcenter</translation>
    </message>
    <message>
        <location filename="../about.py" line="47" />
        <source>Business centre point of service</source>
        <translation>商务中心收银系统</translation>
    </message>
    <message>
        <location filename="../about.py" line="49" />
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../about.py" line="52" />
        <source>Database: {where}</source>
        <translation>数据库：{where}</translation>
    </message>
    <message>
        <location filename="../about.py" line="53" />
        <source>Settings of this PC: {where}</source>
        <translation>本机设置：{where}</translation>
    </message>
    <message>
        <location filename="../about.py" line="54" />
        <source>Backups: {where}</source>
        <translation>备份：{where}</translation>
    </message>
    <message>
        <location filename="../about.py" line="55" />
        <source>Latest backup: {what}</source>
        <translation>最近一次备份：{what}</translation>
    </message>
    <message>
        <location filename="../about.py" line="55" />
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../approval.py" line="23" />
        <source>Supervisor approval</source>
        <translation>领班授权</translation>
    </message>
    <message>
        <location filename="../approval.py" line="37" />
        <source>Supervisor code</source>
        <translation>领班编号</translation>
    </message>
    <message>
        <location filename="../approval.py" line="38" />
        <source>PIN</source>
        <translation>PIN 密码</translation>
    </message>
    <message>
        <location filename="../approval.py" line="40" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../approval.py" line="52" />
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../approval.py" line="55" />
        <source>Enter the supervisor's code and PIN.</source>
        <translation>请输入领班编号和 PIN。</translation>
    </message>
    <message>
        <location filename="../approval.py" line="58" />
        <source>Enter a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../backoffice/auditlog.py" line="48" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="49" />
        <source>To</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="50" />
        <source>Search text</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="51" />
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="52" />
        <source>Older entries</source>
        <translation>更早的记录</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="54" />
        <location filename="../backoffice/auditlog.py" line="58" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="56" />
        <location filename="../backoffice/auditlog.py" line="59" />
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="57" />
        <location filename="../backoffice/auditlog.py" line="60" />
        <source>Sign-ins, failures, lock-outs</source>
        <translation>登录、登录失败、锁定</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="62" />
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="62" />
        <source>Wrong code or PIN</source>
        <translation>编号或 PIN 错误</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="63" />
        <source>Locked out</source>
        <translation>被锁定</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="63" />
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="63" />
        <source>Shift opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="64" />
        <source>Cash counted</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="64" />
        <source>Cash recounted</source>
        <translation>现金复点</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="65" />
        <source>Shift closed</source>
        <translation>结班</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="65" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="66" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="66" />
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="66" />
        <source>Price override</source>
        <translation>改价</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="67" />
        <source>Day closed</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="67" />
        <source>Variance approved</source>
        <translation>批准差异</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="68" />
        <source>Voucher ticked</source>
        <translation>签单已核对</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="68" />
        <source>Price list published</source>
        <translation>发布价目表</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="69" />
        <source>Room charges exported</source>
        <translation>导出挂房帐</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="69" />
        <source>PIN reset</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="72" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="72" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="73" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="74" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="76" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="77" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../backoffice/auditlog.py" line="111" />
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <location filename="../backoffice/window.py" line="69" />
        <source>Back office — %1</source>
        <translation>领班后台 — %1</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="70" />
        <source>To the counter</source>
        <translation>去柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="71" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="72" />
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="72" />
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="72" />
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="73" />
        <source>Staff and counters</source>
        <translation>员工与柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="73" />
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="73" />
        <source>Supplies</source>
        <translation>物品</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="74" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="74" />
        <source>Guests and events</source>
        <translation>宾客与活动</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="75" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="75" />
        <location filename="../backoffice/window.py" line="98" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../backoffice/window.py" line="93" />
        <source>On duty now: %1</source>
        <translation>当班：%1</translation>
    </message>
</context>
<context>
    <name>BillModel</name>
    <message>
        <location filename="../sell/bill.py" line="33" />
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../sell/bill.py" line="33" />
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../sell/bill.py" line="33" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../board.py" line="51" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../board.py" line="52" />
        <source>&lt;b&gt;VIP guests in house&lt;/b&gt;</source>
        <translation>&lt;b&gt;在店 VIP 客人&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="53" />
        <source>&lt;b&gt;Events today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日活动&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="54" />
        <source>&lt;b&gt;Equipment faults&lt;/b&gt;</source>
        <translation>&lt;b&gt;设备故障&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="55" />
        <source>Fault cleared…</source>
        <translation>故障已排除…</translation>
    </message>
    <message>
        <location filename="../board.py" line="56" />
        <source>&lt;b&gt;On duty&lt;/b&gt;</source>
        <translation>&lt;b&gt;当班&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="57" />
        <source>Report a fault…</source>
        <translation>报告故障…</translation>
    </message>
    <message>
        <location filename="../board.py" line="82" />
        <source>Fault cleared</source>
        <translation>故障已排除</translation>
    </message>
    <message>
        <location filename="../board.py" line="82" />
        <source>What was done?</source>
        <translation>如何处理的？</translation>
    </message>
    <message>
        <location filename="../board.py" line="94" />
        <location filename="../board.py" line="97" />
        <source>Report a fault</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../board.py" line="94" />
        <source>Which device?</source>
        <translation>哪台设备？</translation>
    </message>
    <message>
        <location filename="../board.py" line="97" />
        <source>What is wrong?</source>
        <translation>故障情况</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <location filename="../errands/calendar.py" line="20" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="21" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="22" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="23" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="24" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="25" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="26" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="28" />
        <source>booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="28" />
        <source>out</source>
        <translation>借出</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="29" />
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="29" />
        <source>returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../errands/calendar.py" line="30" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../errands/bookings.py" line="155" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="156" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="157" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="158" />
        <source>Chosen booking</source>
        <translation>所选预订</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="30" />
        <location filename="../errands/bookings.py" line="162" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="24" />
        <source>booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="24" />
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="25" />
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="26" />
        <source>returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="27" />
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="28" />
        <source>Deposit in</source>
        <translation>押金方式</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="28" />
        <source>Deposit amount</source>
        <translation>押金金额</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="29" />
        <source>Card last 4</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="29" />
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="30" />
        <location filename="../errands/bookings.py" line="163" />
        <source>card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="49" />
        <source>given back</source>
        <translation>已退还</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="50" />
        <source>held</source>
        <translation>收存中</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="51" />
        <source>deposit %1 %2 %3</source>
        <translation>押金 %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="164" />
        <source>Take deposit</source>
        <translation>收取押金</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="165" />
        <source>Hand over</source>
        <translation>交给客人</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="166" />
        <location filename="../errands/bookings.py" line="231" />
        <source>Return and bill</source>
        <translation>归还并收费</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="167" />
        <source>Cancel booking</source>
        <translation>取消预订</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="168" />
        <source>Charge damage…</source>
        <translation>收取损坏赔偿…</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="169" />
        <source>Reason for a cancellation (optional)</source>
        <translation>取消原因（可选）</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="170" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="225" />
        <source>Click a booking in the calendar.</source>
        <translation>请在日历中点击一个预订。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="231" />
        <source>Bill again</source>
        <translation>重新收费</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="248" />
        <source>Booked: %1</source>
        <translation>已预订：%1</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="257" />
        <source>Enter the deposit amount.</source>
        <translation>请输入押金金额。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="300" />
        <source>Damage compensation for booking %1: what was damaged, and a supervisor's approval</source>
        <translation>预订 %1 的损坏赔偿：写明损坏了什么，并由领班授权</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="302" />
        <source>Compensation</source>
        <translation>赔偿金额</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="315" />
        <source>Damage compensation %1 on the bill, approved by %2.</source>
        <translation>损坏赔偿 %1 已加入账单，由 %2 授权。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="328" />
        <source>Booking %1 is on the bill again.</source>
        <translation>预订 %1 已重新加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="345" />
        <source>Booking %1 returned; its charge is on the bill.</source>
        <translation>预订 %1 已归还，费用已加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="348" />
        <source>Overtime: %1 min.</source>
        <translation>超时 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../errands/bookings.py" line="352" />
        <source>Give back the deposit: %1 %2.</source>
        <translation>请退还押金：%1 %2。</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../counter.py" line="110" />
        <source>Remove line (Del)</source>
        <translation>删除项目 (Del)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="111" />
        <source>Discount…</source>
        <translation>折扣…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="112" />
        <source>Price override…</source>
        <translation>改价…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="113" />
        <source>Pay (F12)</source>
        <translation>收款 (F12)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="114" />
        <source>Receipt…</source>
        <translation>收据…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="115" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="116" />
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="117" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../counter.py" line="118" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../counter.py" line="119" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../counter.py" line="144" />
        <source>%1 · counter %2 · business day %3</source>
        <translation>%1 · %2 号柜台 · 营业日 %3</translation>
    </message>
    <message>
        <location filename="../counter.py" line="228" />
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../counter.py" line="228" />
        <source>Service charge</source>
        <translation>服务费</translation>
    </message>
    <message>
        <location filename="../counter.py" line="228" />
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <location filename="../counter.py" line="233" />
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="245" />
        <source>Discount amount</source>
        <translation>折扣金额</translation>
    </message>
    <message>
        <location filename="../counter.py" line="245" />
        <source>New price of the line</source>
        <translation>该项新价格</translation>
    </message>
    <message>
        <location filename="../counter.py" line="293" />
        <source>Receipt %1 posted.</source>
        <translation>收据 %1 已入账。</translation>
    </message>
    <message>
        <location filename="../counter.py" line="301" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../counter.py" line="301" />
        <source>Receipt number at this counter</source>
        <translation>本柜台收据号</translation>
    </message>
    <message>
        <location filename="../counter.py" line="317" />
        <source>Void receipt %1</source>
        <translation>作废：收据 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="317" />
        <source>Refund receipt %1</source>
        <translation>退款：收据 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="332" />
        <source>Posted %1.</source>
        <translation>已入账 %1。</translation>
    </message>
</context>
<context>
    <name>CourierDialog</name>
    <message>
        <location filename="../errands/courier.py" line="23" />
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="23" />
        <source>Waybill no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="24" />
        <source>Sender's room (in house)</source>
        <translation>寄件人房号（在店）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="25" />
        <source>Sender's name</source>
        <translation>寄件人姓名</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="26" />
        <source>Sender's phone (walk-in)</source>
        <translation>寄件人电话（非住店）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="27" />
        <source>Country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="28" />
        <source>City</source>
        <translation>目的城市</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="28" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="29" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="29" />
        <location filename="../errands/courier.py" line="32" />
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="30" />
        <source>Waybill</source>
        <translation>运单</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="30" />
        <source>Sender</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="31" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="32" />
        <source>Charge</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="33" />
        <source>Sent</source>
        <translation>寄出时间</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="33" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="34" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="35" />
        <source>sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="35" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="129" />
        <source>e.g. %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="141" />
        <source>Weigh the parcel: the tariff goes by weight and destination.</source>
        <translation>请称重：按重量和目的地计费。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="172" />
        <source>Give the sender's copy of the waybill to the guest, then tick it.</source>
        <translation>请把运单寄件人存根联交给客人，然后勾选。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="183" />
        <source>Waybill %1 %2 registered as sent; its charge is on the bill.</source>
        <translation>%1 运单 %2 已登记寄出，费用已加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="232" />
        <source>Choose a consignment first.</source>
        <translation>请先选择一票快递。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="242" />
        <source>Waybill %1 is already paid for.</source>
        <translation>运单 %1 已付费。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="245" />
        <source>Waybill %1 is on the bill.</source>
        <translation>运单 %1 已加入账单。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="258" />
        <source>Waybill %1 marked delivered.</source>
        <translation>运单 %1 已标记送达。</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="262" />
        <source>Courier</source>
        <translation>快递</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="263" />
        <source>New waybill</source>
        <translation>新运单</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="264" />
        <source>Sent and delivered</source>
        <translation>已寄出与已送达</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="267" />
        <source>Same city (local rate)</source>
        <translation>同城（同城价）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="268" />
        <source>Sender's copy given to the guest</source>
        <translation>寄件人存根联已交客人</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="269" />
        <source>empty for a walk-in sender</source>
        <translation>非住店寄件人留空</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="270" />
        <source>Register and add to bill</source>
        <translation>登记并加入账单</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="271" />
        <source>Search waybill, sender, room, recipient or city</source>
        <translation>搜索运单号、寄件人、房号、收件人或城市</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="273" />
        <source>Delivery note (signed by…)</source>
        <translation>送达备注（签收人…）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="274" />
        <source>Mark delivered</source>
        <translation>标记送达</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="275" />
        <source>Add to bill (unpaid)</source>
        <translation>加入账单（未付）</translation>
    </message>
    <message>
        <location filename="../errands/courier.py" line="276" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DayClosePage</name>
    <message>
        <location filename="../backoffice/dayclose.py" line="86" />
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="87" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="88" />
        <source>Shifts of the day: cash count and variance</source>
        <translation>当日班次：现金清点与差异</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="89" />
        <source>Signed room-charge vouchers: tick each one you hold</source>
        <translation>挂房帐签单：收到一张勾一张</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="90" />
        <source>Three-way check and close</source>
        <translation>三相符核对与日结</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="91" />
        <location filename="../backoffice/dayclose.py" line="110" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="92" />
        <source>Approve variance</source>
        <translation>批准差异</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="93" />
        <source>Note on missing vouchers</source>
        <translation>缺少签单的说明</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="94" />
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="95" />
        <source>Close the day and export to accounts</source>
        <translation>日结并导出给财务</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="97" />
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="97" />
        <source>cash counted</source>
        <translation>已点款</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="97" />
        <source>shift closed</source>
        <translation>已结班</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="99" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="99" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="100" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="101" />
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="102" />
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="103" />
        <source>First count</source>
        <translation>初点</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="105" />
        <source>Recount</source>
        <translation>复点</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="107" />
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="108" />
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="109" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="109" />
        <source>needed</source>
        <translation>待批准</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="140" />
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="141" />
        <source>All vouchers in hand.</source>
        <translation>签单已全部收齐。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="144" />
        <source>Ledger total %1</source>
        <translation>台帐合计 %1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="146" />
        <source>Ledger ↔ folios: room charges %1, posted %2</source>
        <translation>帐帐相符：挂房帐 %1，已入房帐 %2</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="148" />
        <source>Ledger ↔ vouchers: %1 of %2 in hand (%3)</source>
        <translation>帐证相符：签单已收 %1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="151" />
        <source>Ledger ↔ cash: cash taken %1, counted %2, variance %3</source>
        <translation>帐款相符：应收现金 %1，实点 %2，差异 %3</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="158" />
        <source>This day is closed.</source>
        <translation>此营业日已日结。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="160" />
        <source>%1 shift(s) still open.</source>
        <translation>还有 %1 个班次未结班。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="162" />
        <source>%1 variance(s) to approve.</source>
        <translation>有 %1 项现金差异待批准。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="173" />
        <source>Ledger chain now: %1</source>
        <translation>账链当前链头：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="175" />
        <location filename="../backoffice/dayclose.py" line="259" />
        <source>Ledger chain at the close: %1</source>
        <translation>日结时的账链链头：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="177" />
        <source>Previous close %1: %2, still in the chain</source>
        <translation>上次日结 %1：%2，仍在账链中</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="178" />
        <source>Previous close %1: %2 is no longer in the chain: records were lost or rewritten</source>
        <translation>上次日结 %1：%2 已不在账链中：有记录丢失或被改写</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="195" />
        <source>Variance approved.</source>
        <translation>差异已批准。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="207" />
        <source>Close the running day?</source>
        <translation>结束正在进行的营业日？</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="208" />
        <source>Business day %1 is today and still running. Once it is closed, no counter can open a shift until %2.</source>
        <translation>营业日 %1 就是今天，还在进行中。日结后，直到 %2 任何柜台都不能开班。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="213" />
        <source>Close the day now</source>
        <translation>现在日结</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="220" />
        <source>Internet sessions (%1):</source>
        <translation>上网计时（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="221" />
        <source>Bookings out (%1):</source>
        <translation>借出未还的预订（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="222" />
        <source>Deposits held (%1):</source>
        <translation>未退押金（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="223" />
        <source>Faxes in the rack (%1):</source>
        <translation>传真架上的传真（%1）：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="224" />
        <source>Still running:</source>
        <translation>仍在进行：</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="229" />
        <source>Nothing else is running.</source>
        <translation>没有其他正在进行的事项。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="248" />
        <source>Day %1 closed: %2 shift(s), total %3.</source>
        <translation>营业日 %1 已日结：%2 个班次，合计 %3。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="251" />
        <source>Room charges exported as batch %1.</source>
        <translation>挂房帐已导出，批次 %1。</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="257" />
        <source>Missing vouchers noted: %1</source>
        <translation>已注明缺少的签单：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/dayclose.py" line="261" />
        <source>The day is closed.</source>
        <translation>已日结。</translation>
    </message>
</context>
<context>
    <name>EquipmentOutPanel</name>
    <message>
        <location filename="../errands/panels.py" line="142" />
        <source>Equipment out (%1)</source>
        <translation>借出设备 (%1)</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="155" />
        <source>Deposits held: %1 in cash (envelope, not in the drawer), %2 card imprint(s)</source>
        <translation>押金在押：现金 %1（押金袋，不在钱箱），信用卡预授权 %2 笔</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../backoffice/equipment.py" line="64" />
        <source>Device register</source>
        <translation>设备登记</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="65" />
        <source>Faults and repairs</source>
        <translation>故障与维修</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="66" />
        <location filename="../backoffice/equipment.py" line="88" />
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="66" />
        <location filename="../backoffice/equipment.py" line="88" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="66" />
        <location filename="../backoffice/equipment.py" line="89" />
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="67" />
        <location filename="../backoffice/equipment.py" line="89" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="69" />
        <source>Register device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="70" />
        <source>Retire selected</source>
        <translation>停用所选</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="71" />
        <source>Show repaired faults too</source>
        <translation>同时显示已修好的故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="72" />
        <source>What is wrong?</source>
        <translation>故障情况</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="73" />
        <source>Report fault</source>
        <translation>报告故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="74" />
        <source>What was done / who was called</source>
        <translation>处理情况 / 联系了谁</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="75" />
        <source>Record repair step</source>
        <translation>记录维修进度</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="76" />
        <source>reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="76" />
        <source>engineer called</source>
        <translation>已叫维修</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="77" />
        <source>waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="77" />
        <source>repaired</source>
        <translation>已修好</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="78" />
        <source>written off</source>
        <translation>已报废</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="78" />
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="85" />
        <source>No counter</source>
        <translation>不属柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="86" />
        <source>open faults</source>
        <translation>未处理故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="90" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="91" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="91" />
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="91" />
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="94" />
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="95" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="95" />
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="96" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="96" />
        <source>Repair status</source>
        <translation>维修状态</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="97" />
        <source>Last step</source>
        <translation>最近处理</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="130" />
        <source>Device registered.</source>
        <translation>已登记设备。</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="141" />
        <source>Fault reported.</source>
        <translation>已报告故障。</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="146" />
        <source>Choose a fault first.</source>
        <translation>请先选择一条故障。</translation>
    </message>
    <message>
        <location filename="../backoffice/equipment.py" line="151" />
        <source>Repair step recorded.</source>
        <translation>已记录维修进度。</translation>
    </message>
</context>
<context>
    <name>FaxInDialog</name>
    <message>
        <location filename="../fax/incoming.py" line="17" />
        <source>Phoned</source>
        <translation>已电话通知</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="18" />
        <source>Message light</source>
        <translation>开留言灯</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="19" />
        <source>Note under the door</source>
        <translation>门下留条</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="20" />
        <source>Told in person</source>
        <translation>当面告知</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="21" />
        <source>Delivered by bellboy</source>
        <translation>行李员送交</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="22" />
        <source>Collected by the guest</source>
        <translation>客人自取</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="23" />
        <source>room and name match</source>
        <translation>房号和姓名均相符</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="24" />
        <source>name matches</source>
        <translation>姓名相符</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="25" />
        <source>guest of that room</source>
        <translation>该房间的客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="122" />
        <source>Fax from the rack</source>
        <translation>传真储架取件</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="122" />
        <source>Incoming fax</source>
        <translation>收传真</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="123" />
        <source>Name on the fax</source>
        <translation>传真上的收件人姓名</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="123" />
        <source>Room on the fax</source>
        <translation>传真上的房号</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="123" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="124" />
        <source>From (sender)</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="126" />
        <source>Legible</source>
        <translation>字迹清晰</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="127" />
        <source>Complete (all pages)</source>
        <translation>页数完整</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="128" />
        <source>Find the guest</source>
        <translation>查找客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="129" />
        <source>For the chosen guest</source>
        <translation>交给所选客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="129" />
        <source>Give to the chosen guest</source>
        <translation>交给所选客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="130" />
        <source>No match — into the fax rack</source>
        <translation>无人匹配 — 放入传真储架</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="131" />
        <source>Notify and deliver</source>
        <translation>通知并送交</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="132" />
        <source>Guest notified</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="133" />
        <source>Print notice</source>
        <translation>打印到达通知</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="134" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="135" />
        <source>Add the receiving fee to the bill</source>
        <translation>将收件费加入账单</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="136" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="137" />
        <source>Waiting: to deliver or to bill</source>
        <translation>待送交或待收费的传真</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="138" />
        <source>Continue with this fax</source>
        <translation>继续处理此传真</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="171" />
        <source>No in-house guest matches: put the fax in the rack.</source>
        <translation>没有匹配的在店客人：请将传真放入传真储架。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="177" />
        <source>Find the guest and choose one in the list first.</source>
        <translation>请先查找客人并在列表中选择。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="198" />
        <source>Fax for %1 put in the fax rack.</source>
        <translation>给 %1 的传真已放入传真储架。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="224" />
        <source>Choose a fax in the list first.</source>
        <translation>请先在列表中选择一份传真。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="252" />
        <source>Notice printed.</source>
        <translation>通知已打印。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="254" />
        <source>Not printed: %1 — the job waits in the print queue.</source>
        <translation>未打印：%1——任务在打印队列中等待。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="269" />
        <source>This fax is already on the open bill.</source>
        <translation>此传真已在当前账单上。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="273" />
        <source>Receiving fee for %1 (room %2) on the bill.</source>
        <translation>%1（%2 房）的收件费已加入账单。</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="301" />
        <source>Fax %1 for %2, room %3, %4 pages</source>
        <translation>传真 %1，收件人 %2，房号 %3，%4 页</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="306" />
        <source>notified: %1 at %2 by %3</source>
        <translation>已通知：%1，%2，经办 %3</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="309" />
        <source>delivered: %1 at %2 by %3</source>
        <translation>已送交：%1，%2，经办 %3</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="312" />
        <source>not legible or incomplete: no fee; ask the sender to send it again</source>
        <translation>不清晰或不完整：不收费，请联系发件人重发</translation>
    </message>
    <message>
        <location filename="../fax/incoming.py" line="314" />
        <source>fee already charged</source>
        <translation>已收费</translation>
    </message>
</context>
<context>
    <name>FaxRackPanel</name>
    <message>
        <location filename="../fax/rack.py" line="69" />
        <source>Fax rack (%1)</source>
        <translation>传真储架 (%1)</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="72" />
        <source>Search the rack: name, room or sender</source>
        <translation>搜索传真储架：姓名、房号或发件人</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="73" />
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="73" />
        <source>Age</source>
        <translation>已放置</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="73" />
        <source>Name on the fax</source>
        <translation>传真上的收件人姓名</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="74" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="74" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="74" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="74" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="75" />
        <source>Give to a guest…</source>
        <translation>交给客人…</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="76" />
        <source>Give to a visitor…</source>
        <translation>交给访客…</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="77" />
        <source>Reason, if archived before it is overdue</source>
        <translation>未到期提前存档时填写原因</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="78" />
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="79" />
        <source>Archive all overdue</source>
        <translation>将逾期传真全部存档</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="99" />
        <source>Unclaimed for longer than the rack days: archive it</source>
        <translation>超过保留天数无人认领：请存档</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="111" />
        <source>Choose a fax in the rack first.</source>
        <translation>请先在传真储架中选择一份传真。</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="149" />
        <source>Fax for %1 archived.</source>
        <translation>给 %1 的传真已存档。</translation>
    </message>
    <message>
        <location filename="../fax/rack.py" line="158" />
        <source>%1 overdue fax(es) archived.</source>
        <translation>已将 %1 份逾期传真存档。</translation>
    </message>
</context>
<context>
    <name>FaxSendDialog</name>
    <message>
        <location filename="../fax/send.py" line="101" />
        <source>Send a fax</source>
        <translation>发传真</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="102" />
        <source>Fax number</source>
        <translation>传真号码</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="102" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="102" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="103" />
        <source>Guest (sender)</source>
        <translation>客人（发件人）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="105" />
        <source>+81 3 1234 5678, or a local number</source>
        <translation>+81 3 1234 5678，或本地号码</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="106" />
        <source>Number and recipient read back to the guest</source>
        <translation>已向客人复述号码和收件人</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="107" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="108" />
        <source>Transmission report</source>
        <translation>传真发送报告</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <location filename="../fax/send.py" line="232" />
        <source>Sent OK</source>
        <translation>发送成功</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <location filename="../fax/send.py" line="232" />
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <location filename="../fax/send.py" line="232" />
        <source>Busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="109" />
        <location filename="../fax/send.py" line="233" />
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="111" />
        <source>Reason (from the report)</source>
        <translation>原因（以发送报告为准）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="112" />
        <source>Resend free of charge</source>
        <translation>免费重发</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="113" />
        <source>Recent faxes at this counter</source>
        <translation>本柜台最近的传真</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="114" />
        <source>Resend free</source>
        <translation>免费重发</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="115" />
        <source>Bill</source>
        <translation>收费</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="116" />
        <source>What the recipient says</source>
        <translation>对方的说法</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="117" />
        <source>Recipient says not received</source>
        <translation>对方称未收到</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="145" />
        <source>First page %1, each further page %2 — %3 pages: %4 (with service charge and tax %5)</source>
        <translation>首页 %1，续页每页 %2 — 共 %3 页：%4（含服务费和税 %5）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="165" />
        <source>Check the number, pages and recipient, and read them back to the guest.</source>
        <translation>请核对号码、页数和收件人，并向客人复述。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="218" />
        <source>Guest gives up — nothing to charge</source>
        <translation>客人放弃 — 不收费</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="220" />
        <source>Done — add to the bill</source>
        <translation>完成 — 加入账单</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="222" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="226" />
        <source>Fax %1 to %2, %3 pages</source>
        <translation>传真 %1 发往 %2，%3 页</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="229" />
        <source>free resend</source>
        <translation>免费重发</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="231" />
        <source>Sending… record the transmission report.</source>
        <translation>正在发送……请登记发送报告结果。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="236" />
        <source>recipient says not received (noted)</source>
        <translation>对方称未收到（已登记）</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="241" />
        <source>Fax to %1 sent; charged on this bill.</source>
        <translation>发给 %1 的传真已发送，已计入本账单。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="243" />
        <source>Fax to %1 not sent; nothing charged.</source>
        <translation>发给 %1 的传真未发出，不收费。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="265" />
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="272" />
        <source>Choose a fax in the list first.</source>
        <translation>请先在列表中选择一份传真。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="288" />
        <source>Nothing is owed for this fax.</source>
        <translation>此传真无需收费。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="291" />
        <source>This fax is already on the open bill.</source>
        <translation>此传真已在当前账单上。</translation>
    </message>
    <message>
        <location filename="../fax/send.py" line="306" />
        <source>Noted on fax %1: the report shows it was sent, so it is not charged again.</source>
        <translation>已在传真 %1 上登记：发送报告显示成功，不重复收费。</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <location filename="../firststart.py" line="154" />
        <source>Welcome — set up this business centre</source>
        <translation>欢迎 — 设置本商务中心</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="156" />
        <source>Hotel name (Chinese)</source>
        <translation>酒店名称（中文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="156" />
        <source>Hotel name (English)</source>
        <translation>酒店名称（英文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="157" />
        <location filename="../firststart.py" line="210" />
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="157" />
        <location filename="../firststart.py" line="211" />
        <source>Tax (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="157" />
        <location filename="../firststart.py" line="212" />
        <source>Service charge (%)</source>
        <translation>服务费（%）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="158" />
        <location filename="../firststart.py" line="213" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="158" />
        <source>Staff code</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="158" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="159" />
        <source>PIN (4 to 12 digits)</source>
        <translation>PIN（4 到 12 位数字）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="159" />
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="160" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="161" />
        <source>This counter's code</source>
        <translation>本柜台编号</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="161" />
        <source>Counter name (Chinese)</source>
        <translation>柜台名称（中文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="162" />
        <source>Counter name (English)</source>
        <translation>柜台名称（英文）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="162" />
        <location filename="../firststart.py" line="216" />
        <source>Receipt printer</source>
        <translation>收据打印机</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="163" />
        <source>Printer address</source>
        <translation>打印机地址</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="167" />
        <source>No printer yet</source>
        <translation>暂不设置打印机</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="167" />
        <source>Network (host:port)</source>
        <translation>网络（主机:端口）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="168" />
        <source>USB (vendor:product)</source>
        <translation>USB（厂商:产品）</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="168" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="169" />
        <source>File or device</source>
        <translation>文件或设备</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="172" />
        <source>e.g. 海景大酒店</source>
        <translation>例如：海景大酒店</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="173" />
        <source>e.g. Harbour View Hotel</source>
        <translation>例如：Harbour View Hotel</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="174" />
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="175" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="176" />
        <source>Save and start</source>
        <translation>保存并开始</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="182" />
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="184" />
        <source>The hotel's name is printed on every receipt; tax and service charge apply to every sale.</source>
        <translation>酒店名称印在每张收据上；税和服务费适用于每笔交易。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="185" />
        <source>The first supervisor signs in after this, adds the clerks and changes settings later.</source>
        <translation>完成后由第一位领班登录，之后添加收银员并修改设置。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="186" />
        <source>Each PC is one counter; its code is kept on this PC. The printer can be set up later.</source>
        <translation>每台电脑是一个柜台，柜台编号保存在本机；打印机可以稍后设置。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="187" />
        <source>Check what will be saved, then save. Nothing is written before this.</source>
        <translation>请核对将要保存的内容后再保存；在此之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="195" />
        <source>Receipts can be shown on screen until a printer is set up.</source>
        <translation>设置打印机之前，收据可在屏幕上显示。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="196" />
        <source>An Ethernet receipt printer, e.g. 192.168.1.50:9100.</source>
        <translation>网口收据打印机，例如 192.168.1.50:9100。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="197" />
        <source>The USB ids printed on the printer's self-test slip, e.g. 04b8:0202.</source>
        <translation>打印机自检单上的 USB 编号，例如 04b8:0202。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="198" />
        <source>e.g. COM3 on Windows, /dev/ttyUSB0 on Linux.</source>
        <translation>例如 Windows 上的 COM3，Linux 上的 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="199" />
        <source>A device or file to write to, e.g. /dev/usb/lp0.</source>
        <translation>写入的设备或文件，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="209" />
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="214" />
        <source>First supervisor</source>
        <translation>第一位领班</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="215" />
        <source>This counter</source>
        <translation>本柜台</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="217" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="243" />
        <source>Enter the hotel's name in Chinese and in English.</source>
        <translation>请填写酒店的中文和英文名称。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="248" />
        <source>Enter the supervisor's staff code and name.</source>
        <translation>请填写领班的员工编号和姓名。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="251" />
        <source>A PIN must be 4 to 12 digits.</source>
        <translation>PIN 须为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="253" />
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="256" />
        <source>Enter this counter's code.</source>
        <translation>请填写本柜台编号。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="258" />
        <source>Enter the printer's address, or choose no printer yet.</source>
        <translation>请填写打印机地址，或选择暂不设置打印机。</translation>
    </message>
    <message>
        <location filename="../firststart.py" line="309" />
        <source>Saved. Sign in as {code} with the PIN you chose.</source>
        <translation>已保存。请用 {code} 和您设定的 PIN 登录。</translation>
    </message>
</context>
<context>
    <name>GuestsPage</name>
    <message>
        <location filename="../backoffice/guests.py" line="84" />
        <source>Encoding: automatic</source>
        <translation>编码：自动识别</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="91" />
        <source>The guest file's encoding, when it cannot be told from the file</source>
        <translation>无法从文件本身识别时，指定客人名单文件的编码</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="92" />
        <source>Complaints and feedback</source>
        <translation>投诉与意见</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="93" />
        <source>VIPs in house and events (this week and next)</source>
        <translation>在店 VIP 与活动（本周及下周）</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="94" />
        <source>Open complaints only</source>
        <translation>只看未处理投诉</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="95" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="95" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="95" />
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="101" />
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="102" />
        <location filename="../backoffice/guests.py" line="119" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="103" />
        <source>What the guest said</source>
        <translation>客人反映的内容</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="104" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="105" />
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="106" />
        <location filename="../backoffice/guests.py" line="122" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="107" />
        <source>Resolve</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="108" />
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="109" />
        <location filename="../backoffice/guests.py" line="125" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="110" />
        <location filename="../backoffice/guests.py" line="125" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="111" />
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="112" />
        <source>Remove event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="113" />
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="114" />
        <source>Import in-house guests…</source>
        <translation>导入在店客人…</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="115" />
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="115" />
        <source>resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="117" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="118" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="118" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="119" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="120" />
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="120" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="121" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="121" />
        <source>Resolved by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="124" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="124" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="143" />
        <source>VIP guests in house: %1</source>
        <translation>在店 VIP：%1</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="151" />
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="156" />
        <source>Choose an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="167" />
        <source>Resolved.</source>
        <translation>已处理。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="182" />
        <source>Event added.</source>
        <translation>已添加活动。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="192" />
        <source>Import events</source>
        <translation>导入活动</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="197" />
        <source>%1 event(s) imported.</source>
        <translation>已导入 %1 项活动。</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="202" />
        <source>Import in-house guests</source>
        <translation>导入在店客人</translation>
    </message>
    <message>
        <location filename="../backoffice/guests.py" line="207" />
        <source>Guests imported: %1 new, %2 updated.</source>
        <translation>已导入客人：新增 %1，更新 %2。</translation>
    </message>
</context>
<context>
    <name>InternetDialog</name>
    <message>
        <location filename="../calls/internet.py" line="83" />
        <source>Internet session</source>
        <translation>上网登记</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="84" />
        <source>In-house guest</source>
        <translation>住店客人</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="85" />
        <source>Walk-in guest</source>
        <translation>非住店客人</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="86" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="87" />
        <source>Guests in house</source>
        <translation>在店客人</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="88" />
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="89" />
        <source>Start session</source>
        <translation>开始上网</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="90" />
        <source>Give the guest this login slip.</source>
        <translation>请将此上网登录单交给客人。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="91" />
        <source>Print slip</source>
        <translation>打印登录单</translation>
    </message>
    <message>
        <source>Give the guest this login slip (printing comes with the receipt printer).</source>
        <translation type="vanished">请将此上网登录单交给客人（接通收据打印机后可打印）。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="92" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="99" />
        <source>Rate: %1</source>
        <translation>收费标准：%1</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="119" />
        <source>No guest is in house in that room.</source>
        <translation>该房间没有在店客人。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="137" />
        <source>Login slip printed.</source>
        <translation>登录单已打印。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="139" />
        <source>Not printed: %1 — the job waits in the print queue.</source>
        <translation>未打印：%1——任务在打印队列中等待。</translation>
    </message>
    <message>
        <location filename="../calls/internet.py" line="149" />
        <source>Internet session %1 started for %2.</source>
        <translation>已为 %2 开始上网，账号 %1。</translation>
    </message>
</context>
<context>
    <name>InternetHandoverBox</name>
    <message>
        <location filename="../calls/handover.py" line="30" />
        <source>Internet sessions and calls handed over to the next shift</source>
        <translation>移交下一班的上网和电话记录</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="31" />
        <source>Add them to the handover note</source>
        <translation>写入交班内容</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="42" />
        <source>Internet</source>
        <translation>上网</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="42" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="45" />
        <source>open since %1</source>
        <translation>%1 起上网中</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="45" />
        <source>stopped, not yet billed (since %1)</source>
        <translation>已结束，尚未收费（%1 开始）</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="46" />
        <source>RUNNING OVER %1 H — ask the guest</source>
        <translation>已超过 %1 小时，请询问客人</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="51" />
        <source>timer running since %1</source>
        <translation>%1 起计时中</translation>
    </message>
    <message>
        <location filename="../calls/handover.py" line="52" />
        <source>ended, not yet billed</source>
        <translation>已结束，尚未收费</translation>
    </message>
</context>
<context>
    <name>InternetPanel</name>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Time used</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Charge so far</source>
        <translation>当前费用</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="20" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="22" />
        <source>running</source>
        <translation>上网中</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="22" />
        <source>to bill</source>
        <translation>待收费</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="23" />
        <source>running over %1 h — ask the guest</source>
        <translation>已超过 %1 小时，请询问客人</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="145" />
        <source>Internet (%1)</source>
        <translation>上网 (%1)</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="148" />
        <source>Search account, room or name</source>
        <translation>搜索账号、房号或姓名</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="149" />
        <source>Stop and bill</source>
        <translation>结束并收费</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="150" />
        <location filename="../calls/internet_panel.py" line="203" />
        <source>Login slip</source>
        <translation>登录单</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="176" />
        <location filename="../calls/internet_panel.py" line="196" />
        <source>Choose a session first.</source>
        <translation>请先选择一个上网记录。</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="180" />
        <source>Session %1 is already on the bill.</source>
        <translation>上网账号 %1 已在账单上。</translation>
    </message>
    <message>
        <location filename="../calls/internet_panel.py" line="189" />
        <source>Session %1 stopped after %2; its charge is on the bill.</source>
        <translation>上网账号 %1 已结束（用时 %2），费用已加入账单。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="93" />
        <source>Business Centre · 商务中心</source>
        <translation>商务中心 · Business Centre</translation>
    </message>
</context>
<context>
    <name>NewBookingBox</name>
    <message>
        <location filename="../errands/bookingform.py" line="34" />
        <source>Room or item</source>
        <translation>会议室或设备</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="34" />
        <source>Rate</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="35" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="35" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="36" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="36" />
        <source>Guest's room (in house)</source>
        <translation>客人房号（在店）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="37" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="37" />
        <source>Company (visitor)</source>
        <translation>公司（访客）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="38" />
        <source>Telephone (visitor)</source>
        <translation>电话（访客）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="38" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="68" />
        <source>New booking</source>
        <translation>新预订</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="71" />
        <source>empty for a visitor</source>
        <translation>访客留空</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="72" />
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="96" />
        <source>per started hour</source>
        <translation>每小时（不足一小时按一小时）</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="96" />
        <source>per day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../errands/bookingform.py" line="97" />
        <source>%1 owned</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>NewOrderForm</name>
    <message>
        <location filename="../tickets/form.py" line="19" />
        <source>Name on request form</source>
        <translation>订票单姓名</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="20" />
        <source>Name on ID</source>
        <translation>证件姓名</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="20" />
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="21" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="22" />
        <source>ID expiry (YYYY-MM-DD)</source>
        <translation>证件有效期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="23" />
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="23" />
        <source>Flight no.</source>
        <translation>航班号</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="24" />
        <source>From (IATA)</source>
        <translation>出发（三字代码）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="25" />
        <source>To (IATA)</source>
        <translation>到达（三字代码）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="26" />
        <source>Departs (local) YYYY-MM-DD HH:MM</source>
        <translation>起飞（当地时间）YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="27" />
        <source>Cabin</source>
        <translation>舱位</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="28" />
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="29" />
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="30" />
        <source>Room (in house)</source>
        <translation>房号（在店客人）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="31" />
        <source>Guest pays by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="32" />
        <source>Ticketing agency</source>
        <translation>出票代理</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="33" />
        <source>Fare quoted by the agency</source>
        <translation>代理报价（票价）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="34" />
        <source>Taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="35" />
        <source>Special requests (route, aircraft, meals, seats)</source>
        <translation>特殊要求（航线、机型、餐食、座位）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="133" />
        <source>Passengers (names exactly as on the ID)</source>
        <translation>旅客（姓名须与证件完全一致）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="134" />
        <source>Flights</source>
        <translation>航段</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="135" />
        <source>Add passenger</source>
        <translation>添加旅客</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="136" />
        <source>Add flight</source>
        <translation>添加航段</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="137" />
        <source>Save enquiry</source>
        <translation>保存询价</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="142" />
        <source>Cash (paid before issue)</source>
        <translation>现金（出票前付款）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="143" />
        <source>Card (charged when the ticket arrives)</source>
        <translation>信用卡（机票送达后刷卡）</translation>
    </message>
    <message>
        <location filename="../tickets/form.py" line="144" />
        <source>Room charge (paid before issue)</source>
        <translation>挂房帐（出票前）</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <location filename="../tickets/steps.py" line="65" />
        <source>Reserve (PNR)</source>
        <translation>订座（PNR）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="65" />
        <source>Put on the bill</source>
        <translation>加入账单</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="66" />
        <source>Ticket arrived</source>
        <translation>机票已送达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="66" />
        <source>Issue</source>
        <translation>出票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="66" />
        <source>Hand over</source>
        <translation>交给客人</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="67" />
        <source>Change / rebook</source>
        <translation>改签</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="67" />
        <source>Refund…</source>
        <translation>退票…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="67" />
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="68" />
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="68" />
        <source>Guest told</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="69" />
        <source>Print itinerary (PDF)</source>
        <translation>打印行程单（PDF）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="69" />
        <source>Itinerary on the receipt printer</source>
        <translation>小票打印行程单</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="72" />
        <source>Booking and payment</source>
        <translation>订座与付款</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="72" />
        <source>Ticket</source>
        <translation>机票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="73" />
        <source>Endorsement / rebooking: the new flight</source>
        <translation>签转 / 改签：新航班</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="74" />
        <source>Flight delay or cancellation</source>
        <translation>航班延误或取消</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="74" />
        <source>Cancel or refund</source>
        <translation>取消或退票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="77" />
        <source>PNR from the agency</source>
        <translation>代理的订座编号（PNR）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="78" />
        <source>Fare</source>
        <translation>票价</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="79" />
        <source>Taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="80" />
        <source>Ticket numbers, one per passenger, separated by commas</source>
        <translation>票号，每位旅客一个，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="81" />
        <source>Checked names, flights and dates</source>
        <translation>已核对姓名、航班和日期</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="82" />
        <source>Airline</source>
        <translation>航空公司</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="82" />
        <source>Flight no.</source>
        <translation>航班号</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="83" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="83" />
        <source>To</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="84" />
        <source>YYYY-MM-DD HH:MM local</source>
        <translation>YYYY-MM-DD HH:MM 当地时间</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="86" />
        <source>Fare difference</source>
        <translation>差价</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="87" />
        <source>No change fee (airline cancelled)</source>
        <translation>免收改签费（航班取消）</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="88" />
        <source>New time YYYY-MM-DD HH:MM</source>
        <translation>新时间 YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="89" />
        <source>Airline's notice</source>
        <translation>航空公司通知</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="90" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="91" />
        <source>At the counter</source>
        <translation>柜台交付</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="91" />
        <source>By bellboy</source>
        <translation>行李员送达</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="92" />
        <source>To the room</source>
        <translation>送到房间</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="92" />
        <source>Agency courier</source>
        <translation>代理送票</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="93" />
        <source>Delay</source>
        <translation>延误</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="93" />
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="94" />
        <source>Phoned</source>
        <translation>已电话通知</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="94" />
        <source>Message left</source>
        <translation>已留言</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="95" />
        <source>Told in person</source>
        <translation>当面告知</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="95" />
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../tickets/steps.py" line="96" />
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../pay.py" line="27" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../pay.py" line="61" />
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../pay.py" line="61" />
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../pay.py" line="62" />
        <source>Card: last four digits</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <location filename="../pay.py" line="63" />
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../pay.py" line="64" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../pay.py" line="64" />
        <source>Guests in house</source>
        <translation>在店客人</translation>
    </message>
    <message>
        <location filename="../pay.py" line="65" />
        <source>Guest name (as the guest says it)</source>
        <translation>客人姓名（请客人报姓名）</translation>
    </message>
    <message>
        <location filename="../pay.py" line="67" />
        <source>Add as part of a split (F8)</source>
        <translation>作为分单付款的一部分 (F8)</translation>
    </message>
    <message>
        <location filename="../pay.py" line="70" />
        <source>Pay (F12)</source>
        <translation>收款 (F12)</translation>
    </message>
    <message>
        <location filename="../pay.py" line="75" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../pay.py" line="85" />
        <source>Cash F5</source>
        <translation>现金 F5</translation>
    </message>
    <message>
        <location filename="../pay.py" line="85" />
        <source>Card F6</source>
        <translation>刷卡 F6</translation>
    </message>
    <message>
        <location filename="../pay.py" line="86" />
        <source>Room charge F7</source>
        <translation>挂房帐 F7</translation>
    </message>
    <message>
        <location filename="../pay.py" line="110" />
        <source>Due: %1</source>
        <translation>应收：%1</translation>
    </message>
    <message>
        <location filename="../pay.py" line="113" />
        <source>In cash: %1 (rounding %2)</source>
        <translation>现金应收：%1（抹零 %2）</translation>
    </message>
    <message>
        <location filename="../pay.py" line="141" />
        <source>No guest is in house in that room.</source>
        <translation>该房间没有在店客人。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="148" />
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="162" />
        <source>This part covers the rest: press Pay.</source>
        <translation>此笔已付清余额，请直接按收款。</translation>
    </message>
</context>
<context>
    <name>PhoneCallDialog</name>
    <message>
        <location filename="../calls/phone.py" line="109" />
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="110" />
        <source>Number dialled</source>
        <translation>拨打号码</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="111" />
        <source>e.g. 6512 3456, 021 6321 1234, +852 2123 4567</source>
        <translation>例如 6512 3456、021 6321 1234、+852 2123 4567</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="112" />
        <source>Call meter reading</source>
        <translation>按计费器读数</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="113" />
        <source>Timer at the counter</source>
        <translation>柜台计时</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="114" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="115" />
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="116" />
        <source>Add to bill</source>
        <translation>加入账单</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="117" />
        <source>Start call</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="118" />
        <source>Stop and bill</source>
        <translation>结束并收费</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="119" />
        <source>No answer (free)</source>
        <translation>无人接听（不收费）</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="120" />
        <source>Calls at this counter not yet billed</source>
        <translation>本柜台尚未收费的通话</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="121" />
        <source>Bill the selected call</source>
        <translation>为所选通话收费</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="122" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="147" />
        <source>%1 per minute</source>
        <translation>每分钟 %1</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="148" />
        <source>Every started minute is charged; %1 a minute with service charge and tax.</source>
        <translation>不足一分钟按一分钟计；含服务费及税每分钟 %1。</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="215" />
        <source>Call cancelled; nothing charged.</source>
        <translation>通话已取消，不收费。</translation>
    </message>
    <message>
        <location filename="../calls/phone.py" line="249" />
        <source>Call to %1: %2 on the bill.</source>
        <translation>致 %1 的通话（%2）已加入账单。</translation>
    </message>
</context>
<context>
    <name>PriceListPage</name>
    <message>
        <location filename="../backoffice/prices.py" line="69" />
        <source>Rates in effect — type a new rate to change it</source>
        <translation>现行价格 — 输入新价格即可修改</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="70" />
        <source>History of the price list</source>
        <translation>价目表历史</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="71" />
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="71" />
        <source>Rate</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="71" />
        <source>Current</source>
        <translation>现价</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="72" />
        <source>New rate</source>
        <translation>新价格</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="73" />
        <location filename="../backoffice/prices.py" line="78" />
        <source>Effective from</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="74" />
        <location filename="../backoffice/prices.py" line="80" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="75" />
        <source>Publish new rates</source>
        <translation>发布新价格</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="76" />
        <source>Print price list…</source>
        <translation>打印价目表…</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="78" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="79" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="79" />
        <source>In effect</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="137" />
        <source>New rates published.</source>
        <translation>新价格已发布。</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="146" />
        <source>First version.</source>
        <translation>第一个版本。</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="152" />
        <source>No rate changed.</source>
        <translation>没有价格变化。</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="155" />
        <source>Business Centre Price List · 商务中心收费标准</source>
        <translation>商务中心收费标准 · Business Centre Price List</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="170" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../backoffice/prices.py" line="178" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>PrintQueuePanel</name>
    <message>
        <location filename="../printing/queue.py" line="73" />
        <source>Print queue (%1)</source>
        <translation>打印队列 (%1)</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="76" />
        <source>Search receipt number, slip or error</source>
        <translation>搜索收据号、单据或错误</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="77" />
        <source>Show printed</source>
        <translation>显示已打印</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="78" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="79" />
        <source>Reprint</source>
        <translation>重印</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="80" />
        <source>Retry all</source>
        <translation>全部重试</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="81" />
        <source>Print X slip</source>
        <translation>打印 X 报表</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="82" />
        <source>Printer settings…</source>
        <translation>打印机设置…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="83" />
        <source>Other slips</source>
        <translation>其他单据</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="85" />
        <source>Internet login slip…</source>
        <translation>上网登录单…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="86" />
        <source>Fax-arrived notice…</source>
        <translation>传真到达通知…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="87" />
        <source>Z slip of the last closed shift</source>
        <translation>上一个已结班次的 Z 报表</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="88" />
        <source>Reports (PDF)</source>
        <translation>报表 (PDF)</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="90" />
        <source>Shift handover report</source>
        <translation>交接班报告</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="90" />
        <source>Daily revenue report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="91" />
        <source>Weekly summary</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="91" />
        <source>Yearly summary</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="92" />
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="94" />
        <source>Folio statement of a room…</source>
        <translation>房间房帐明细…</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="95" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="95" />
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="95" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="95" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="96" />
        <source>Tries</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="96" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="96" />
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="97" />
        <source>waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="97" />
        <source>printing</source>
        <translation>打印中</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="97" />
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="98" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="152" />
        <source>Printed: %1</source>
        <translation>已打印：%1</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="154" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="176" />
        <source>%1 printed, %2 still waiting: %3</source>
        <translation>已打印 %1 张，仍有 %2 张等待：%3</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="179" />
        <source>%1 printed.</source>
        <translation>已打印 %1 张。</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="195" />
        <source>Internet login slip</source>
        <translation>上网登录单</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="195" />
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="204" />
        <source>Fax-arrived notice</source>
        <translation>传真到达通知</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="204" />
        <source>Fax reference (FAX-…)</source>
        <translation>传真编号（FAX-…）</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="211" />
        <source>A fax reference looks like FAX-12.</source>
        <translation>传真编号的格式如 FAX-12。</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="221" />
        <location filename="../printing/queue.py" line="229" />
        <source>Save report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="226" />
        <source>Folio statement</source>
        <translation>房帐明细</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="226" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="240" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../printing/queue.py" line="251" />
        <source>Open a shift first.</source>
        <translation>请先开班。</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <location filename="../printing/settings.py" line="21" />
        <source>Receipt printer — counter %1</source>
        <translation>小票打印机——柜台 %1</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="24" />
        <source>Network (host:port)</source>
        <translation>网络（主机:端口）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="24" />
        <source>USB (vendor:product)</source>
        <translation>USB（厂商:产品）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="25" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="25" />
        <source>File or device</source>
        <translation>文件或设备</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="30" />
        <source>80 mm (48 columns)</source>
        <translation>80 毫米（每行 48 字符）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="31" />
        <source>58 mm (32 columns)</source>
        <translation>58 毫米（每行 32 字符）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="33" />
        <source>GB18030 text (simplified Chinese firmware)</source>
        <translation>GB18030 文本（简体中文字库打印机）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="34" />
        <source>Big5 text (traditional Chinese firmware)</source>
        <translation>Big5 文本（繁体中文字库打印机）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="35" />
        <source>Plain ASCII (English only)</source>
        <translation>纯 ASCII（仅英文）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="36" />
        <source>Image (any printer, slower)</source>
        <translation>图像（任何打印机，较慢）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="39" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="44" />
        <source>Open the cash drawer on cash payments</source>
        <translation>现金付款时打开钱箱</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="46" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="47" />
        <source>Ask the printer for paper before printing (printers that answer)</source>
        <translation>打印前询问打印机是否有纸（需打印机支持状态回复）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="49" />
        <source>Print receipts automatically after Pay</source>
        <translation>收款后自动打印收据</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="52" />
        <source>Connection</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="53" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="54" />
        <source>Paper</source>
        <translation>纸宽</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="55" />
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="56" />
        <source>Logo (optional)</source>
        <translation>标志（可选）</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="57" />
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="65" />
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="99" />
        <source>Logo image</source>
        <translation>标志图片</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="99" />
        <source>Images (*.png *.bmp *.jpg)</source>
        <translation>图片 (*.png *.bmp *.jpg)</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="137" />
        <source>Test slip sent to %1.</source>
        <translation>测试页已发送到 %1。</translation>
    </message>
    <message>
        <location filename="../printing/settings.py" line="139" />
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../receiptview.py" line="36" />
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="45" />
        <location filename="../receiptview.py" line="103" />
        <location filename="../receiptview.py" line="106" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="48" />
        <source>Reprint (COPY)</source>
        <translation>重印 (COPY)</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="72" />
        <location filename="../receiptview.py" line="83" />
        <location filename="../receiptview.py" line="88" />
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="101" />
        <source>No receipt printer is set up for this counter (see Printer settings in the print queue tab).</source>
        <translation>本柜台未设置小票打印机（请在“打印队列”页的打印机设置中设置）。</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="105" />
        <source>Printed.</source>
        <translation>已打印。</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="108" />
        <source>Not printed — the job waits in the print queue: %1</source>
        <translation>未打印——任务在打印队列中等待：%1</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="110" />
        <source>Retry print</source>
        <translation>重试打印</translation>
    </message>
</context>
<context>
    <name>RentalPanel</name>
    <message>
        <location filename="../errands/panels.py" line="23" />
        <source>Booking</source>
        <translation>预订号</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="23" />
        <source>Room or item</source>
        <translation>会议室或设备</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="24" />
        <source>Who</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="24" />
        <source>From</source>
        <translation>出发</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="25" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="25" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="26" />
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../backoffice/reports.py" line="67" />
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="67" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="67" />
        <location filename="../backoffice/reports.py" line="70" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="67" />
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="68" />
        <location filename="../backoffice/reports.py" line="95" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="68" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="70" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="70" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="70" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="71" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="74" />
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <source>All payments</source>
        <translation>全部付款方式</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="75" />
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="76" />
        <source>Room charge</source>
        <translation>挂房帐</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="78" />
        <location filename="../backoffice/reports.py" line="80" />
        <location filename="../backoffice/reports.py" line="105" />
        <source>All clerks</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="81" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="82" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="83" />
        <source>Exceptions CSV…</source>
        <translation>异常 CSV…</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="84" />
        <source>PDF / print…</source>
        <translation>PDF / 打印…</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="85" />
        <location filename="../backoffice/reports.py" line="155" />
        <source>By service</source>
        <translation>按服务项目</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="85" />
        <location filename="../backoffice/reports.py" line="155" />
        <source>By payment</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="85" />
        <location filename="../backoffice/reports.py" line="156" />
        <source>By clerk</source>
        <translation>按员工</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="85" />
        <location filename="../backoffice/reports.py" line="156" />
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="86" />
        <source>Exceptions</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="89" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="89" />
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="90" />
        <location filename="../backoffice/reports.py" line="96" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="94" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="94" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="95" />
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="96" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="97" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="97" />
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="132" />
        <source>%1: sales %2 · voids %3 · refunds %4 · total %5</source>
        <translation>%1：销售 %2 笔 · 作废 %3 · 退款 %4 · 合计 %5</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="143" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="149" />
        <location filename="../backoffice/reports.py" line="186" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../backoffice/reports.py" line="172" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
</context>
<context>
    <name>RoomsTodayPanel</name>
    <message>
        <location filename="../errands/panels.py" line="172" />
        <source>Hand over</source>
        <translation>交给客人</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="175" />
        <source>Meeting rooms today (%1)</source>
        <translation>今日会议室 (%1)</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="183" />
        <source>Choose a booked room first.</source>
        <translation>请先选择一个已预订的会议室。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../backoffice/roster.py" line="54" />
        <source>Add turn</source>
        <translation>添加班次</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="55" />
        <source>Remove selected turn</source>
        <translation>删除所选班次</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="56" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="58" />
        <location filename="../backoffice/roster.py" line="60" />
        <source>Any counter</source>
        <translation>任一柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="68" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="68" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="68" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="68" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="68" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="68" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="69" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="73" />
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="126" />
        <source>Turn added.</source>
        <translation>已添加班次。</translation>
    </message>
    <message>
        <location filename="../backoffice/roster.py" line="132" />
        <source>Choose a cell with a turn first.</source>
        <translation>请先选择有班次的格子。</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <location filename="../sell/form.py" line="46" />
        <source>Add to bill (Enter)</source>
        <translation>加入账单 (Enter)</translation>
    </message>
    <message>
        <location filename="../sell/form.py" line="137" />
        <source>Please confirm: %1</source>
        <translation>请确认：%1</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="29" />
        <location filename="../sell/specs.py" line="42" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="30" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="31" />
        <source>Paper size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="32" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="32" />
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="33" />
        <source>Two-sided</source>
        <translation>双面</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="34" />
        <source>The original is unclear (faint, creased, handwritten)</source>
        <translation>原件不清晰（字迹淡、有折痕或手写）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="35" />
        <source>Guest told the original is unclear</source>
        <translation>已告知客人原件不清晰</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="36" />
        <source>Number (international: 00 or +)</source>
        <translation>号码（国际请加 00 或 +）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="39" />
        <source>Test copy shown and approved</source>
        <translation>已请客人确认样张</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="41" />
        <source>Proof checked with the guest</source>
        <translation>已与客人校对</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="42" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="43" />
        <source>Proof checked against the original</source>
        <translation>已对照原稿校对</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="44" />
        <source>Send to (e-mail or medium)</source>
        <translation>发送至（邮箱或存储介质）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="45" />
        <source>Page count confirmed with the guest</source>
        <translation>已与客人确认页数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="47" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="48" />
        <source>Number and recipient read back to the guest</source>
        <translation>已向客人复述号码和收件人</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="49" />
        <source>Legible and complete</source>
        <translation>字迹清楚、页数齐全</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="50" />
        <source>Call length in seconds (from the meter)</source>
        <translation>通话时长（秒，以计费器为准）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="51" />
        <source>Minutes used</source>
        <translation>使用分钟数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="52" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="52" />
        <source>Weight in grams</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="53" />
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="54" />
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="55" />
        <source>Binding</source>
        <translation>装订方式</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="55" />
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="56" />
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="56" />
        <source>Languages</source>
        <translation>语种</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="57" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="58" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="58" />
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="59" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="59" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="60" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="61" />
        <source>Ticket</source>
        <translation>机票</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="61" />
        <source>Tickets</source>
        <translation>张数</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../backoffice/settings.py" line="41" />
        <source>Save setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="42" />
        <source>New value (a number, text, true/false, or JSON for a list)</source>
        <translation>新值（数字、文字、true/false，列表用 JSON）</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="44" />
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="45" />
        <source>Value in use</source>
        <translation>当前值</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="46" />
        <source>Allowed</source>
        <translation>允许范围</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="47" />
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="73" />
        <source>Choose a setting first.</source>
        <translation>请先选择一个设置项。</translation>
    </message>
    <message>
        <location filename="../backoffice/settings.py" line="76" />
        <source>Setting saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>ShiftClosePage</name>
    <message>
        <location filename="../shiftclose.py" line="60" />
        <source>Close shift — count the cash in the drawer</source>
        <translation>交班 — 清点钱箱现金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="61" />
        <source>Count by denomination (the expected figure is shown after)</source>
        <translation>按面额清点（清点后才显示应有金额）</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="62" />
        <source>Submit count</source>
        <translation>提交清点</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="63" />
        <source>Recount with a supervisor</source>
        <translation>领班授权复点</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="64" />
        <source>Handover note for the next shift</source>
        <translation>给下一班的交班内容</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="65" />
        <source>Close shift and sign out</source>
        <translation>交班并退出</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="66" />
        <source>Back to the counter</source>
        <translation>返回柜台</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="109" />
        <source>Fax rack to hand over: %1</source>
        <translation>交接传真储架：%1 份</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="110" />
        <source>The fax rack is empty.</source>
        <translation>传真储架为空。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="115" />
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="118" />
        <source>Equipment out: %1 · deposits held: %2</source>
        <translation>外借设备：%1 · 押金在押：%2</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="135" />
        <source>Approve a recount of the drawer</source>
        <translation>授权复点钱箱现金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="149" />
        <source>Expected %1 · Counted %2 · Variance %3</source>
        <translation>应有 %1 · 实点 %2 · 差异 %3</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="153" />
        <source>Recount (approved)</source>
        <translation>复点（已授权）</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="158" />
        <source>The variance is over the limit: a supervisor must approve it.</source>
        <translation>差异超出限额，须领班授权。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="165" />
        <source>Submit the count first.</source>
        <translation>请先提交清点。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="168" />
        <source>Approve the cash variance</source>
        <translation>授权现金差异</translation>
    </message>
</context>
<context>
    <name>ShiftStartPage</name>
    <message>
        <location filename="../shiftstart.py" line="56" />
        <source>Open your shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="57" />
        <source>Handover from the previous shift</source>
        <translation>上一班交班内容</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="58" />
        <source>Equipment check: untick a device that is faulty and say what is wrong</source>
        <translation>设备检查：有故障的设备请取消勾选并说明故障</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="59" />
        <source>I have read the handover and will act on it</source>
        <translation>我已阅读交班内容并会跟进</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="60" />
        <source>Cash float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="61" />
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="62" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="81" />
        <source>fault: what is wrong</source>
        <translation>故障：说明问题</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="99" />
        <source>Enter the cash float, e.g. 500.00</source>
        <translation>请输入备用金，例如 500.00</translation>
    </message>
    <message>
        <location filename="../shiftstart.py" line="104" />
        <source>Tick that you have read the handover first.</source>
        <translation>请先勾选已阅读交班内容。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../signin.py" line="54" />
        <source>Business Centre — sign in</source>
        <translation>商务中心 — 登录</translation>
    </message>
    <message>
        <location filename="../signin.py" line="55" />
        <source>Staff code</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <location filename="../signin.py" line="56" />
        <source>PIN</source>
        <translation>PIN 密码</translation>
    </message>
    <message>
        <location filename="../signin.py" line="57" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../signin.py" line="58" />
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
    </message>
    <message>
        <location filename="../signin.py" line="74" />
        <source>Enter your staff code and PIN.</source>
        <translation>请输入员工编号和 PIN。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../backoffice/staff.py" line="72" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="73" />
        <source>Counters, printers and devices</source>
        <translation>柜台、打印机和设备</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="74" />
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="74" />
        <source>Supervisor</source>
        <translation>领班</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="74" />
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="81" />
        <location filename="../backoffice/staff.py" line="96" />
        <location filename="../backoffice/staff.py" line="101" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="82" />
        <location filename="../backoffice/staff.py" line="96" />
        <location filename="../backoffice/staff.py" line="101" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="83" />
        <source>PIN (4–12 digits)</source>
        <translation>PIN（4–12 位数字）</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="84" />
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="85" />
        <source>Add staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="86" />
        <source>Deactivate / reactivate</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="87" />
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="88" />
        <source>Reset PIN</source>
        <translation>重设 PIN</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="89" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="90" />
        <source>Counter code</source>
        <translation>柜台编号</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="91" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="92" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="93" />
        <source>Add counter</source>
        <translation>添加柜台</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="94" />
        <source>Printer settings…</source>
        <translation>打印机设置…</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="97" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="97" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="98" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="98" />
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="98" />
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="99" />
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="102" />
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="103" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="117" />
        <source>Choose a staff member first.</source>
        <translation>请先选择一位员工。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="126" />
        <source>Staff member added.</source>
        <translation>已添加员工。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="146" />
        <source>PIN reset for %1.</source>
        <translation>已为 %1 重设 PIN。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="153" />
        <source>%1 unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <location filename="../backoffice/staff.py" line="159" />
        <source>Counter added.</source>
        <translation>已添加柜台。</translation>
    </message>
</context>
<context>
    <name>SuppliesPage</name>
    <message>
        <location filename="../backoffice/supplies.py" line="65" />
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="66" />
        <source>Weekly requisition</source>
        <translation>每周申领</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="67" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="68" />
        <source>Record use</source>
        <translation>登记领用</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="69" />
        <source>Receive</source>
        <translation>入库</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="70" />
        <source>Stock-take: set to counted</source>
        <translation>盘点：按实点数设定</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="71" />
        <location filename="../backoffice/supplies.py" line="81" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="71" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="72" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="72" />
        <location filename="../backoffice/supplies.py" line="82" />
        <location filename="../backoffice/supplies.py" line="87" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="74" />
        <source>Reorder at </source>
        <translation>再订货点 </translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="75" />
        <source>Order </source>
        <translation>订货 </translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="76" />
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="77" />
        <source>Make this week's requisition</source>
        <translation>生成本周申领单</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="78" />
        <source>Print requisition…</source>
        <translation>打印申领单…</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="81" />
        <location filename="../backoffice/supplies.py" line="85" />
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="81" />
        <location filename="../backoffice/supplies.py" line="86" />
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="82" />
        <source>Reorder point</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="83" />
        <source>Used in 7 days</source>
        <translation>7 天用量</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="83" />
        <source>Low</source>
        <translation>不足</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="86" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="95" />
        <source>Choose an item first.</source>
        <translation>请先选择一项物品。</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="101" />
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="109" />
        <source>Item added.</source>
        <translation>已添加物品。</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="117" />
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../backoffice/supplies.py" line="128" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>TicketOrdersDialog</name>
    <message>
        <location filename="../tickets/orders.py" line="27" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="28" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="29" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="30" />
        <source>Passengers</source>
        <translation>旅客</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="31" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="32" />
        <source>First departure</source>
        <translation>首段起飞</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="33" />
        <source>PNR</source>
        <translation>订座编号</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="115" />
        <source>Air tickets</source>
        <translation>票务</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="116" />
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="117" />
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="118" />
        <source>Search order no., name, PNR, room or phone</source>
        <translation>搜索订单号、姓名、PNR、房号或电话</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="119" />
        <source>Open orders only</source>
        <translation>只看未完成订单</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="121" />
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="122" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="162" />
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="162" />
        <source>card, when the ticket arrives</source>
        <translation>信用卡（机票送达后刷卡）</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="162" />
        <source>room charge</source>
        <translation>挂房帐</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="163" />
        <source>ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="163" />
        <source>Agency</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="163" />
        <source>pays by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="164" />
        <source>Fare</source>
        <translation>票价</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="164" />
        <source>taxes</source>
        <translation>税费</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="164" />
        <source>collected</source>
        <translation>已收</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="165" />
        <source>due now</source>
        <translation>待收</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="165" />
        <source>room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="165" />
        <source>pending</source>
        <translation>待生效</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="175" />
        <source>booking</source>
        <translation>订票款</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="175" />
        <source>change</source>
        <translation>改签款</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="175" />
        <source>refund fee</source>
        <translation>退票费</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="190" />
        <source>guest told %1 by %2</source>
        <translation>已于 %1 通过 %2 通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="191" />
        <source>guest NOT yet told</source>
        <translation>尚未通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="215" />
        <source>Enquiry %1 saved; reserve it with the agency's PNR.</source>
        <translation>询价 %1 已保存；请用代理的订座编号（PNR）订座。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="225" />
        <source>%1 reserved; take the payment before the ticket is issued.</source>
        <translation>%1 已订座，请在出票前收款。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="229" />
        <source>%1: ticket arrived; now charge the card.</source>
        <translation>%1：机票已送达，现在可以刷卡。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="234" />
        <source>%1 issued; tell the guest the ticket is ready.</source>
        <translation>%1 已出票，请通知客人取票。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="241" />
        <source>%1 handed over; remind the guest of the departure time.</source>
        <translation>%1 已交给客人，请提醒客人起飞时间。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="252" />
        <source>%1: change recorded; it takes effect once its bill is paid.</source>
        <translation>%1：改签已登记，付款后生效。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="264" />
        <source>%1: recorded; tell the guest now.</source>
        <translation>%1：已登记，请立即通知客人。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="270" />
        <source>%1: the guest was told.</source>
        <translation>%1：已通知客人。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="280" />
        <source>%1: the service fee and the fare are on the bill.</source>
        <translation>%1：服务费和票款已加入账单。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="285" />
        <source>Cancel %1 and give the money back</source>
        <translation>取消 %1 并退还款项</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="288" />
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="291" />
        <source>Refund %1: the money goes back by the original means</source>
        <translation>退票 %1：款项按原付款方式退回</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="306" />
        <source>%1 cancelled; the money went back by the original means.</source>
        <translation>%1 已取消，款项已按原付款方式退回。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="310" />
        <source>%1 refunded; the money went back by the original means.</source>
        <translation>%1 已退票，款项已按原付款方式退回。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="327" />
        <source>Itinerary saved: %1</source>
        <translation>行程单已保存：%1</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="336" />
        <source>Itinerary printed.</source>
        <translation>行程单已打印。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="338" />
        <source>Not printed: %1 — the job waits in the print queue.</source>
        <translation>未打印：%1——任务在打印队列中等待。</translation>
    </message>
    <message>
        <location filename="../tickets/orders.py" line="345" />
        <source>Cannot read the date or time '%1': use YYYY-MM-DD or YYYY-MM-DD HH:MM.</source>
        <translation>无法识别日期或时间“%1”：请按 YYYY-MM-DD 或 YYYY-MM-DD HH:MM 填写。</translation>
    </message>
</context>
<context>
    <name>TicketRemindersPanel</name>
    <message>
        <location filename="../tickets/panel.py" line="17" />
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="18" />
        <source>Departs (local)</source>
        <translation>起飞（当地时间）</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="19" />
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="20" />
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="21" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="22" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="23" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="24" />
        <source>Route</source>
        <translation>航线</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="25" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="52" />
        <source>Air tickets (%1)</source>
        <translation>票务 (%1)</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="55" />
        <source>Search order, guest, room or flight</source>
        <translation>搜索订单、客人、房号或航班</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="56" />
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="74" />
        <source>Departs within 24 h: remind the guest</source>
        <translation>24 小时内起飞：提醒客人</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="75" />
        <source>Ticket to hand over</source>
        <translation>待交付机票</translation>
    </message>
    <message>
        <location filename="../tickets/panel.py" line="91" />
        <source>Choose a reminder first.</source>
        <translation>请先选择一条提醒。</translation>
    </message>
</context>
<context>
    <name>TicketTexts</name>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <source>Enquiry</source>
        <translation>询价</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <source>Reserved</source>
        <translation>已订座</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="13" />
        <location filename="../tickets/texts.py" line="22" />
        <source>Issued</source>
        <translation>已出票</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <source>Changed</source>
        <translation>已改签</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <location filename="../tickets/texts.py" line="23" />
        <source>Refunded</source>
        <translation>已退票</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="14" />
        <location filename="../tickets/texts.py" line="24" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="21" />
        <source>Enquiry taken</source>
        <translation>登记询价</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="21" />
        <source>Reserved with the agency</source>
        <translation>已向代理订座</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="21" />
        <source>Paid in full</source>
        <translation>已全额付款</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="22" />
        <source>Ticket arrived</source>
        <translation>机票已送达</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="22" />
        <source>Handed over</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="23" />
        <source>Change requested</source>
        <translation>申请改签</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="23" />
        <source>Change in effect</source>
        <translation>改签生效</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="24" />
        <source>Refund fee paid</source>
        <translation>退票费已付</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="24" />
        <source>Flight delayed</source>
        <translation>航班延误</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="25" />
        <source>Flight cancelled</source>
        <translation>航班取消</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="25" />
        <source>Guest told</source>
        <translation>已通知客人</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="25" />
        <source>Payment reversed</source>
        <translation>款项已冲回</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="26" />
        <source>Refunded at the counter</source>
        <translation>已在柜台退款</translation>
    </message>
    <message>
        <location filename="../tickets/texts.py" line="26" />
        <source>ID numbers erased</source>
        <translation>证件号码已删除</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <location filename="../fax/visitor.py" line="39" />
        <source>Fax collected by a visitor</source>
        <translation>访客取传真</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="40" />
        <source>The fax is for: %1 (%2 pages). Check the visitor's ID: the name must be the one on the fax.</source>
        <translation>传真收件人：%1（%2 页）。请核对访客证件：姓名须与传真上的收件人一致。</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="43" />
        <source>Name on the ID</source>
        <translation>证件上的姓名</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="44" />
        <source>Last 4 of the ID number</source>
        <translation>证件号码末四位</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="45" />
        <source>Hand over and bill</source>
        <translation>交件并收费</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="56" />
        <source>Fax handed to %1; the receiving fee is on the bill.</source>
        <translation>传真已交给 %1，收件费已加入账单。</translation>
    </message>
    <message>
        <location filename="../fax/visitor.py" line="57" />
        <source>Fax handed to %1; no fee (illegible or incomplete).</source>
        <translation>传真已交给 %1；不清晰或不完整，不收费。</translation>
    </message>
</context>
<context>
    <name>XReportDialog</name>
    <message>
        <location filename="../xreport.py" line="13" />
        <source>X report — shift %1</source>
        <translation>X 报表 — 班次 %1</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="14" />
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="15" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="15" />
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="15" />
        <source>Cash expected in the drawer</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="19" />
        <source>By service</source>
        <translation>按服务项目</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="19" />
        <source>By payment</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <location filename="../xreport.py" line="25" />
        <source>Cash rounding</source>
        <translation>抹零</translation>
    </message>
</context>
<context>
    <name>_RentalPanel</name>
    <message>
        <location filename="../errands/panels.py" line="55" />
        <source>Search room, name, company or item</source>
        <translation>搜索房号、姓名、公司或设备</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="56" />
        <source>Return and bill</source>
        <translation>归还并收费</translation>
    </message>
    <message>
        <location filename="../errands/panels.py" line="118" />
        <source>Choose a booking in use first.</source>
        <translation>请先选择一个使用中的预订。</translation>
    </message>
</context>
</TS>