<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <location filename="../board.py" line="43" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../board.py" line="44" />
        <source>&lt;b&gt;VIP guests in house&lt;/b&gt;</source>
        <translation>&lt;b&gt;在店 VIP 客人&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="45" />
        <source>&lt;b&gt;Events today&lt;/b&gt;</source>
        <translation>&lt;b&gt;今日活动&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="46" />
        <source>&lt;b&gt;Equipment faults&lt;/b&gt;</source>
        <translation>&lt;b&gt;设备故障&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../board.py" line="47" />
        <source>Fault cleared…</source>
        <translation>故障已排除…</translation>
    </message>
    <message>
        <location filename="../board.py" line="67" />
        <source>Fault cleared</source>
        <translation>故障已排除</translation>
    </message>
    <message>
        <location filename="../board.py" line="67" />
        <source>What was done?</source>
        <translation>如何处理的？</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../counter.py" line="103" />
        <source>Remove line (Del)</source>
        <translation>删除项目 (Del)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="104" />
        <source>Discount…</source>
        <translation>折扣…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="105" />
        <source>Price override…</source>
        <translation>改价…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="106" />
        <source>Pay (F12)</source>
        <translation>收款 (F12)</translation>
    </message>
    <message>
        <location filename="../counter.py" line="107" />
        <source>Receipt…</source>
        <translation>收据…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="108" />
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="109" />
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../counter.py" line="110" />
        <source>X report</source>
        <translation>X 报表</translation>
    </message>
    <message>
        <location filename="../counter.py" line="111" />
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../counter.py" line="112" />
        <source>Sign out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../counter.py" line="135" />
        <source>%1 · counter %2 · business day %3</source>
        <translation>%1 · %2 号柜台 · 营业日 %3</translation>
    </message>
    <message>
        <location filename="../counter.py" line="192" />
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../counter.py" line="192" />
        <source>Service charge</source>
        <translation>服务费</translation>
    </message>
    <message>
        <location filename="../counter.py" line="192" />
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <location filename="../counter.py" line="197" />
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="209" />
        <source>Discount amount</source>
        <translation>折扣金额</translation>
    </message>
    <message>
        <location filename="../counter.py" line="209" />
        <source>New price of the line</source>
        <translation>该项新价格</translation>
    </message>
    <message>
        <location filename="../counter.py" line="252" />
        <source>Receipt %1 posted.</source>
        <translation>收据 %1 已入账。</translation>
    </message>
    <message>
        <location filename="../counter.py" line="260" />
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../counter.py" line="260" />
        <source>Receipt number at this counter</source>
        <translation>本柜台收据号</translation>
    </message>
    <message>
        <location filename="../counter.py" line="276" />
        <source>Void receipt %1</source>
        <translation>作废：收据 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="276" />
        <source>Refund receipt %1</source>
        <translation>退款：收据 %1</translation>
    </message>
    <message>
        <location filename="../counter.py" line="291" />
        <source>Posted %1.</source>
        <translation>已入账 %1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mainwindow.py" line="40" />
        <source>Business Centre · 商务中心</source>
        <translation>商务中心 · Business Centre</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../pay.py" line="23" />
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../pay.py" line="54" />
        <source>Tendered</source>
        <translation>实收</translation>
    </message>
    <message>
        <location filename="../pay.py" line="54" />
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <location filename="../pay.py" line="55" />
        <source>Card: last four digits</source>
        <translation>卡号后四位</translation>
    </message>
    <message>
        <location filename="../pay.py" line="56" />
        <source>Approval code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../pay.py" line="57" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../pay.py" line="57" />
        <source>Guests in house</source>
        <translation>在店客人</translation>
    </message>
    <message>
        <location filename="../pay.py" line="58" />
        <source>Guest name (as the guest says it)</source>
        <translation>客人姓名（请客人报姓名）</translation>
    </message>
    <message>
        <location filename="../pay.py" line="60" />
        <source>Add as part of a split (F8)</source>
        <translation>作为分单付款的一部分 (F8)</translation>
    </message>
    <message>
        <location filename="../pay.py" line="63" />
        <source>Pay (F12)</source>
        <translation>收款 (F12)</translation>
    </message>
    <message>
        <location filename="../pay.py" line="68" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../pay.py" line="78" />
        <source>Cash F5</source>
        <translation>现金 F5</translation>
    </message>
    <message>
        <location filename="../pay.py" line="78" />
        <source>Card F6</source>
        <translation>刷卡 F6</translation>
    </message>
    <message>
        <location filename="../pay.py" line="79" />
        <source>Room charge F7</source>
        <translation>挂房帐 F7</translation>
    </message>
    <message>
        <location filename="../pay.py" line="99" />
        <source>Due: %1</source>
        <translation>应收：%1</translation>
    </message>
    <message>
        <location filename="../pay.py" line="125" />
        <source>No guest is in house in that room.</source>
        <translation>该房间没有在店客人。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="132" />
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../pay.py" line="146" />
        <source>This part covers the rest: press Pay.</source>
        <translation>此笔已付清余额，请直接按收款。</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../receiptview.py" line="17" />
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <location filename="../receiptview.py" line="26" />
        <source>Reprint (COPY)</source>
        <translation>重印 (COPY)</translation>
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
        <location filename="../sell/form.py" line="136" />
        <source>Please confirm: %1</source>
        <translation>请确认：%1</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="26" />
        <location filename="../sell/specs.py" line="36" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="27" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="28" />
        <source>Paper size</source>
        <translation>纸张尺寸</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="29" />
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="29" />
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="30" />
        <source>Two-sided</source>
        <translation>双面</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="31" />
        <source>Number (international: 00 or +)</source>
        <translation>号码（国际请加 00 或 +）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="34" />
        <source>Test copy shown and approved</source>
        <translation>已请客人确认样张</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="35" />
        <source>Proof checked with the guest</source>
        <translation>已与客人校对</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="36" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="37" />
        <source>Proof checked against the original</source>
        <translation>已对照原稿校对</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="38" />
        <source>Send to (e-mail or medium)</source>
        <translation>发送至（邮箱或存储介质）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="39" />
        <source>Page count confirmed with the guest</source>
        <translation>已与客人确认页数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="40" />
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="41" />
        <source>Number and recipient read back to the guest</source>
        <translation>已向客人复述号码和收件人</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="42" />
        <source>Legible and complete</source>
        <translation>字迹清楚、页数齐全</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="43" />
        <source>Call length in seconds (from the meter)</source>
        <translation>通话时长（秒，以计费器为准）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="44" />
        <source>Minutes used</source>
        <translation>使用分钟数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="45" />
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="45" />
        <source>Weight in grams</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="46" />
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="47" />
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="48" />
        <source>Binding</source>
        <translation>装订方式</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="48" />
        <source>Items</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="49" />
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="49" />
        <source>Languages</source>
        <translation>语种</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="50" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="51" />
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="51" />
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="52" />
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="52" />
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="53" />
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="54" />
        <source>Ticket</source>
        <translation>机票</translation>
    </message>
    <message>
        <location filename="../sell/specs.py" line="54" />
        <source>Tickets</source>
        <translation>张数</translation>
    </message>
</context>
<context>
    <name>ShiftClosePage</name>
    <message>
        <location filename="../shiftclose.py" line="47" />
        <source>Close shift — count the cash in the drawer</source>
        <translation>交班 — 清点钱箱现金</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="48" />
        <source>Count by denomination (the expected figure is shown after)</source>
        <translation>按面额清点（清点后才显示应有金额）</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="49" />
        <source>Submit count</source>
        <translation>提交清点</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="50" />
        <source>Handover note for the next shift</source>
        <translation>给下一班的交班内容</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="51" />
        <source>Close shift and sign out</source>
        <translation>交班并退出</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="52" />
        <source>Back to the counter</source>
        <translation>返回柜台</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="78" />
        <source>Expected %1 · Counted %2 · Variance %3</source>
        <translation>应有 %1 · 实点 %2 · 差异 %3</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="83" />
        <source>The variance is over the limit: a supervisor must approve it.</source>
        <translation>差异超出限额，须领班授权。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="90" />
        <source>Submit the count first.</source>
        <translation>请先提交清点。</translation>
    </message>
    <message>
        <location filename="../shiftclose.py" line="93" />
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
</context>
</TS>