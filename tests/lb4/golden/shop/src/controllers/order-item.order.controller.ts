import {repository} from '@loopback/repository';
import {get, getModelSchemaRef, param, response} from '@loopback/rest';
import {Order} from '../models';
import {OrderItemRepository} from '../repositories';

// LoopBack 3's endpoints of OrderItem.order, at its paths (/OrderItems/{id}/order).
export class OrderItemOrderController {
  constructor(
    @repository(OrderItemRepository)
    protected orderItemRepository: OrderItemRepository,
  ) {}

  @get('/OrderItems/{id}/order')
  @response(200, {
    description: 'OrderItem.order: the Order it belongs to',
    content: {
      'application/json': {
        schema: getModelSchemaRef(Order),
      },
    },
  })
  async get(@param.path.number('id') id: number): Promise<Order> {
    return this.orderItemRepository.order(id);
  }
}
